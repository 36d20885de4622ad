package org.decisionnotices.render.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.internal.Conformance;
import org.decisionnotices.render.pdf.internal.DocumentFonts;
import org.decisionnotices.render.pdf.internal.FontLibrary;
import org.decisionnotices.render.pdf.internal.FontStyle;
import org.decisionnotices.render.pdf.internal.NoticePages;
import org.decisionnotices.render.pdf.internal.StructureTagger;

/**
 * Notices drawn as the tagged first pages of a PDF document that the caller goes on to build, such
 * as an agenda pack, whose front sheet and agenda are notices followed by merged reports. The pages
 * are laid out, drawn and tagged (PDF/UA-1) by the same code as {@link PdfRenderer}'s, with its
 * fonts, fallback faces, shaping and branding; each notice starts on a new page; all of them share
 * one Document element, and a notice in another language than the first has its title and sections
 * marked with its language. Unlike {@link PdfRenderer}, the pages have no footer (the caller
 * numbers the whole document) and the document is not written: {@link Drawing#document()} is the
 * caller's to complete and write.
 *
 * <p>A {@link PageLink} adds a line under a section's heading that links to a named destination;
 * the caller points each such destination at a page before writing the document. A link to a
 * section that no notice has is refused ({@link IllegalArgumentException}).
 *
 * <p>Thread-safe; the fonts are read once per instance and parsed once per thread. A {@link
 * Drawing} is confined to one thread.
 *
 * @since 0.1.0
 */
public final class PdfPages {
  /** What the document's metadata says it conforms to. */
  public enum Claims {
    /** PDF/UA-1 and PDF/A-2a, as a notice does. */
    PDF_UA_AND_PDF_A,
    /** PDF/UA-1 only, e.g. when merged pages are not known to be PDF/A. */
    PDF_UA,
    /** Neither, e.g. when merged pages are not tagged. */
    NONE
  }

  /**
   * A paragraph right under the heading of the section keyed {@code sectionKey}, whose {@code text}
   * (such as "Page 7") links to the named destination {@code destination} (a GoTo action), with
   * {@code description} (such as "Item 3 starts on page 7") for assistive technology.
   */
  public record PageLink(String sectionKey, String text, String description, String destination) {
    public PageLink {
      Objects.requireNonNull(sectionKey, "sectionKey must not be null");
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(description, "description must not be null");
      Objects.requireNonNull(destination, "destination must not be null");
    }
  }

  private final FontLibrary fonts = new FontLibrary();

  private PdfPages() {}

  public static PdfPages create() {
    return new PdfPages();
  }

  /** How many pages {@link #draw} would draw for the same arguments, without drawing them. */
  public int pageCount(List<Notice> notices, List<PageLink> links, RenderOptions options)
      throws IOException {
    return NoticePages.count(checked(notices), byKey(links), options, fonts);
  }

  /**
   * Draws {@code notices} into a new document whose catalog, metadata and trailer ID are set as a
   * notice's are, in the first notice's language and with its date.
   *
   * @param title the document's title, in its metadata
   * @param contentDigest a digest of everything the caller's document holds; with the options it
   *     makes the trailer ID, so that the same input gives the same bytes
   * @throws org.decisionnotices.render.RenderException if a notice cannot be laid out, such as a
   *     character no font can show
   */
  public Drawing draw(
      List<Notice> notices,
      List<PageLink> links,
      RenderOptions options,
      String title,
      byte[] contentDigest,
      Claims claims)
      throws IOException {
    checked(notices);
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(contentDigest, "contentDigest must not be null");
    Objects.requireNonNull(claims, "claims must not be null");
    PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    try {
      doc.setVersion(1.7f);
      Notice first = notices.get(0);
      Conformance.apply(
          doc,
          title,
          first.language(),
          first.date(),
          Conformance.digest(contentDigest, options),
          claims);
      DocumentFonts documentFonts = new DocumentFonts(doc, fonts);
      StructureTagger tagger = new StructureTagger(doc);
      NoticePages.Drawn drawn =
          NoticePages.draw(doc, documentFonts, tagger, notices, byKey(links), options);
      tagger.finish();
      return new Drawing(doc, documentFonts, drawn);
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  /**
   * The regular face of notices' text (Liberation Sans), embedded in {@code doc} as a subset: for
   * text a caller draws into a document of its own, such as the value of a form field. Each call
   * embeds another copy, so keep the result. A caller that does not save {@code doc} with {@link
   * PDDocument#save} subsets it itself ({@link PDType0Font#subset()}).
   */
  public PDType0Font regularFont(PDDocument doc) throws IOException {
    Objects.requireNonNull(doc, "doc must not be null");
    return new DocumentFonts(doc, fonts).font(FontStyle.REGULAR);
  }

  /** Whether {@link #regularFont} has a glyph for every character of {@code text}. */
  public boolean regularFontCovers(String text) throws IOException {
    Objects.requireNonNull(text, "text must not be null");
    return fonts.face(FontStyle.REGULAR).width(text, 1) >= 0;
  }

  private static List<Notice> checked(List<Notice> notices) {
    Objects.requireNonNull(notices, "notices must not be null");
    if (notices.isEmpty()) {
      throw new IllegalArgumentException("notices must not be empty");
    }
    return notices;
  }

  private static Map<String, PageLink> byKey(List<PageLink> links) {
    Map<String, PageLink> byKey = new LinkedHashMap<>();
    for (PageLink link : Objects.requireNonNull(links, "links must not be null")) {
      if (byKey.put(link.sectionKey(), link) != null) {
        throw new IllegalArgumentException("two page links for section " + link.sectionKey());
      }
    }
    return byKey;
  }

  /** The drawn document and where things are in it; closing it closes the document. */
  public static final class Drawing implements Closeable {
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final NoticePages.Drawn drawn;

    private Drawing(PDDocument document, DocumentFonts fonts, NoticePages.Drawn drawn) {
      this.document = document;
      this.fonts = fonts;
      this.drawn = drawn;
    }

    /**
     * The document: the notices' pages, a finished structure tree (its root's parent tree and next
     * key), the catalog's language, metadata, output intent and mark info, the trailer ID, and
     * bookmarks for the notices' headings, which the caller may replace.
     */
    public PDDocument document() {
      return document;
    }

    public int pageCount() {
      return drawn.pages();
    }

    /** The first page (from 0) of the notice at {@code index}. */
    public int firstPageOfNotice(int index) {
      return drawn.noticeStarts().get(index);
    }

    /** The page (from 0) where the section keyed {@code key} starts, or -1 if none was drawn. */
    public int firstPageOfSection(String key) {
      return drawn.sectionPages().getOrDefault(key, -1);
    }

    /**
     * The regular or bold face of the notices' text, embedded in the document, for the caller's own
     * text on its pages (page numbers, say): every character it shows must be shown, or added to
     * the font's subset, before {@link #finishFonts()}.
     */
    public PDType0Font font(boolean bold) throws IOException {
      return fonts.font(bold ? FontStyle.BOLD : FontStyle.REGULAR);
    }

    /** The width of {@code text} in {@link #font(boolean)} at {@code size} points. */
    public float width(String text, boolean bold, float size) throws IOException {
      return fonts.metrics(bold ? FontStyle.BOLD : FontStyle.REGULAR).width(text, size);
    }

    /**
     * Subsets the document's fonts, as {@link PDDocument#save} would, for a caller that writes the
     * document's objects itself; call once, after the last text.
     */
    public void finishFonts() throws IOException {
      NoticePages.subsetFonts(document, fonts);
    }

    @Override
    public void close() throws IOException {
      document.close();
    }
  }
}
