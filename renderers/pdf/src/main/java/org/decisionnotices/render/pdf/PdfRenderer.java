package org.decisionnotices.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.internal.NoticePdfWriter;

/**
 * Writes a notice as a tagged PDF that conforms to PDF/UA-1 and PDF/A-2a: embedded Liberation Sans
 * fonts, a structure tree that mirrors the notice (headings, tables, lists, links), the council's
 * header, "Page N of M" footers and bookmarks. The same notice and options always give the same
 * bytes.
 *
 * <p>Thread-safe; one instance can render many notices at once. The fonts are read on first use and
 * then parsed once per rendering thread.
 *
 * @since 0.1.0
 */
public final class PdfRenderer implements Renderer {
  private final NoticePdfWriter writer = new NoticePdfWriter();

  /** For {@link java.util.ServiceLoader}; prefer {@link #create()}. */
  public PdfRenderer() {}

  public static PdfRenderer create() {
    return new PdfRenderer();
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public void render(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    Objects.requireNonNull(notice, "notice must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(out, "out must not be null");
    writer.write(notice, options, out);
  }
}
