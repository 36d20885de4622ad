package org.decisionnotices.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.json.Problem;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.internal.CharacterCheck;
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
  private final CharacterCheck characters = new CharacterCheck(writer.fonts());

  /** For {@link java.util.ServiceLoader}; prefer {@link #create()}. */
  public PdfRenderer() {}

  public static PdfRenderer create() {
    return new PdfRenderer();
  }

  /**
   * The characters of {@code document} (a {@code DecisionRecord} or a {@code Meeting}) that no font
   * of the PDF can show, one problem per field with the field's JSON path, e.g. {@code
   * $.discussion: character U+13000 EGYPTIAN HIEROGLYPH A001 '𓀀' cannot be shown in a PDF: no font
   * has a glyph for it (tried Liberation Sans, …)}; a field with several such characters names the
   * first five in order of appearance and counts the rest ({@code 7 characters cannot be shown in a
   * PDF: no font has a glyph for U+13000 …, U+13001 … and 2 more (tried …)}). Empty when the PDF
   * can be drawn. Rendering such a document fails with a {@link
   * org.decisionnotices.render.RenderException} that names the character, the section and the fonts
   * tried; this names the field before rendering.
   *
   * <p>The fonts: Liberation Sans, then Noto faces for Arabic script, Hebrew, Bengali, Devanagari,
   * Gurmukhi, Gujarati, Tamil, Thai and Ethiopic, then Nanum Gothic for Korean and Droid Sans
   * Fallback for Chinese and Japanese when {@code decision-notices-fonts-cjk} is on the class path,
   * then Symbola for symbols and emoji.
   */
  public List<Problem> unsupportedCharacters(Record document) {
    Objects.requireNonNull(document, "document must not be null");
    return characters.problems(document);
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
