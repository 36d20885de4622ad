package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces embedded in one document, each loaded (as a subset) on first use, so that everything
 * drawn into the document shares one copy of each. Confined to the thread that writes the document.
 * Public because the pack module shares it; not API.
 */
public final class DocumentFonts {
  private final PDDocument doc;
  private final FontLibrary library;
  private final Map<FontStyle, PDType0Font> fonts = new EnumMap<>(FontStyle.class);

  public DocumentFonts(PDDocument doc, FontLibrary library) {
    this.doc = doc;
    this.library = library;
  }

  public PDType0Font font(FontStyle style) throws IOException {
    PDType0Font font = fonts.get(style);
    if (font == null) {
      font = PDType0Font.load(doc, library.face(style).ttf(), true);
      fonts.put(style, font);
    }
    return font;
  }

  /**
   * The faces loaded so far, in {@link FontStyle} order: those a writer that saves the document by
   * other means than {@link PDDocument#save} must subset itself.
   */
  public List<PDType0Font> loaded() {
    return List.copyOf(fonts.values());
  }

  public FontMetrics metrics(FontStyle style) throws IOException {
    return library.face(style);
  }

  FontLibrary library() {
    return library;
  }
}
