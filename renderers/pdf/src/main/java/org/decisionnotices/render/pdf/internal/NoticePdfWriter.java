package org.decisionnotices.render.pdf.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.i18n.Labels;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.internal.Paginator.Placed;

/**
 * Lays out, paginates and draws one notice as a tagged PDF/UA-1, PDF/A-2a document. Internal:
 * public only so that {@code PdfRenderer} can reach it; not an API. Thread-safe: all per-document
 * state lives in the objects one {@link #write} call creates.
 */
public final class NoticePdfWriter {
  private final FontLibrary fonts = new FontLibrary();

  /** The faces this writer draws with. */
  public FontLibrary fonts() {
    return fonts;
  }

  public void write(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    Layouter.Layout layout = new Layouter(notice, options, fonts).layout();
    List<List<Placed>> pages = new Paginator(layout.geometry()).paginate(layout.flow());
    Locale labelLanguage =
        options.labelLanguage() != null ? options.labelLanguage() : notice.language();
    Labels labels = Labels.forLanguage(labelLanguage);
    GuardedOutput guarded = new GuardedOutput(out);
    Drawer drawer = null;
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.7f);
      StructureTagger tagger = new StructureTagger(doc);
      DocumentFonts documentFonts = new DocumentFonts(doc, fonts);
      drawer =
          new Drawer(doc, documentFonts, tagger, layout, options.branding().logo(), labels::pageOf);
      drawer.draftMark(options.draftMark(notice));
      drawer.draw(pages);
      documentFonts.finish();
      tagger.finish();
      Conformance.apply(doc, notice, options);
      doc.save(guarded);
    } catch (RenderException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (guarded.failed) {
        throw e;
      }
      String section = drawer == null ? null : drawer.section();
      throw new RenderException(notice.id(), section, "PDF could not be written: " + e, e);
    }
  }

  /** Keeps {@code out} open, and tells the caller's failures apart from PDFBox's. */
  private static final class GuardedOutput extends FilterOutputStream {
    boolean failed;

    GuardedOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
