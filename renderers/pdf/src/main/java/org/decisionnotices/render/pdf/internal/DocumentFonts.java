package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces embedded in one document, each loaded (as a subset) on first use, so that everything
 * drawn into the document shares one copy of each. Confined to the thread that writes the document.
 * Public because {@code PdfPages} uses it; not API.
 */
public final class DocumentFonts {
  private final PDDocument doc;
  private final FontLibrary library;
  private final Map<FontStyle, PDType0Font> fonts = new EnumMap<>(FontStyle.class);
  private final Map<Face, PDType0Font> shapingFonts = new LinkedHashMap<>();
  private final Map<PDType0Font, Map<Integer, String>> glyphText = new HashMap<>();

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

  /** The font drawing shaped glyph runs of {@code face}, loaded (as a subset) on first use. */
  PDType0Font font(Face face) throws IOException {
    PDType0Font font = shapingFonts.get(face);
    if (font == null) {
      font = PDType0Font.load(doc, library.parsed(face), true);
      shapingFonts.put(face, font);
    }
    return font;
  }

  /**
   * Records what {@code gid} of {@code font} stands for (the first time it is drawn), for the
   * font's ToUnicode map: shaped glyphs (contextual forms, conjuncts) often have no entry in the
   * font's own character map, which is all that PDFBox builds its map from.
   */
  void glyphText(PDType0Font font, int gid, String text) {
    glyphText.computeIfAbsent(font, f -> new HashMap<>()).putIfAbsent(gid, text);
  }

  /**
   * Subsets the fonts that drew shaped glyphs and gives each a ToUnicode map of every glyph drawn;
   * call once after the last page, before {@link PDDocument#save}.
   */
  void finish() throws IOException {
    for (Map.Entry<PDType0Font, Map<Integer, String>> entry : glyphText.entrySet()) {
      PDType0Font font = entry.getKey();
      font.subset();
      ToUnicode.replace(doc, font, entry.getValue());
    }
  }

  /**
   * The faces loaded so far, in {@link FontStyle} order, then fallback faces in order of first use:
   * those a writer that saves the document by other means than {@link PDDocument#save} must subset
   * itself.
   */
  public List<PDType0Font> loaded() {
    List<PDType0Font> all = new ArrayList<>(fonts.values());
    all.addAll(shapingFonts.values());
    return List.copyOf(all);
  }

  public FontMetrics metrics(FontStyle style) throws IOException {
    return library.face(style);
  }

  FontLibrary library() {
    return library;
  }
}
