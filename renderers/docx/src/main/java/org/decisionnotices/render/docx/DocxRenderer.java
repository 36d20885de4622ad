package org.decisionnotices.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.docx.internal.DocxWriter;
import org.decisionnotices.render.layout.Notice;

/**
 * Writes notices as Word documents (DOCX) that officers can edit and forward, built so that Word's
 * Accessibility Checker finds nothing to report: document title and language in the package
 * properties, the notice title as the only Heading 1 and each section as a Heading 2, real list
 * numbering, tables with a repeated header row, alt text on the council logo, and named styles
 * rather than direct formatting.
 *
 * <p>Output is reproducible: the same notice and options give the same bytes, in any JVM (package
 * dates come from {@link Notice#date()}, zip entries carry a fixed time, and the namespace
 * declarations docx4j orders differently from one JVM to the next are put in one order).
 *
 * <p>Built on docx4j, which logs through SLF4J: bind SLF4J at {@code WARN} or above for docx4j
 * ({@code org.docx4j}) in your application to keep its start-up messages out of your logs. docx4j
 * creates its JAXB context once per JVM, on the first document; later documents do not pay for it
 * again.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxRenderer implements Renderer {

  /** For {@link java.util.ServiceLoader}; prefer {@link #create()}. */
  public DocxRenderer() {}

  /** A DOCX renderer. */
  public static DocxRenderer create() {
    return new DocxRenderer();
  }

  @Override
  public Format format() {
    return Format.DOCX;
  }

  @Override
  public void render(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    Objects.requireNonNull(notice, "notice must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(out, "out must not be null");
    new DocxWriter(notice, options).writeTo(out);
  }
}
