package org.decisionnotices.render.pdf.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;

/**
 * A run of text in one face and one direction, shaped by the JDK's text layout (HarfBuzz in
 * OpenJDK): joining forms, ligatures, mark positioning and Indic reordering come from the font's
 * own OpenType tables. Glyphs are in visual order (left to right), positions in font units.
 *
 * @param text the run's characters in logical order
 * @param glyphs glyph IDs of the font file, left to right
 * @param x pen position of each glyph from the run's start
 * @param y offset of each glyph above the baseline
 * @param glyphText the characters each glyph stands for (its cluster), for the ToUnicode map
 * @param advance the run's width
 * @param actualText whether the glyphs do not spell the text one character each, left to right
 *     (ligatures, contextual forms, reordering, right to left): then readers need /ActualText
 */
record Shaped(
    Face face,
    String text,
    int[] glyphs,
    float[] x,
    float[] y,
    String[] glyphText,
    float advance,
    boolean rtl,
    boolean actualText) {

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  /** Glyph ids the JDK uses for characters it hides (joiners, controls); nothing is drawn. */
  private static final int INVISIBLE = 0xFFFE;

  static Shaped shape(Face face, String text, boolean rtl) {
    Font font = face.font();
    char[] chars = text.toCharArray();
    GlyphVector gv =
        font.layoutGlyphVector(
            CONTEXT,
            chars,
            0,
            chars.length,
            rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    int n = gv.getNumGlyphs();
    float[] positions = gv.getGlyphPositions(0, n + 1, null);
    int[] starts = gv.getGlyphCharIndices(0, n, null);
    int kept = 0;
    String[] glyphText = new String[n];
    int[] glyphs = new int[n];
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      int gid = gv.getGlyphCode(i);
      if (gid >= INVISIBLE) {
        continue;
      }
      glyphs[kept] = gid;
      glyphText[kept] = cluster(text, starts, i);
      x[kept] = positions[2 * i];
      y[kept] = -positions[2 * i + 1];
      kept++;
    }
    if (kept < n) {
      glyphs = java.util.Arrays.copyOf(glyphs, kept);
      x = java.util.Arrays.copyOf(x, kept);
      y = java.util.Arrays.copyOf(y, kept);
      glyphText = java.util.Arrays.copyOf(glyphText, kept);
    }
    // Right to left, glyphs stay in visual order with a ToUnicode entry each: text extractors
    // (poppler, PDFBox) reorder such runs themselves, and would reverse an /ActualText.
    boolean actualText = !rtl && !nominal(font, chars, glyphs);
    return new Shaped(face, text, glyphs, x, y, glyphText, positions[2 * n], rtl, actualText);
  }

  /**
   * The characters glyph {@code i} stands for: from its first character up to the next character
   * that starts another glyph.
   */
  private static String cluster(String text, int[] starts, int i) {
    int start = starts[i];
    int end = text.length();
    for (int s : starts) {
      if (s > start && s < end) {
        end = s;
      }
    }
    return text.substring(start, end);
  }

  /** Whether {@code glyphs} are the font's nominal glyphs of {@code chars}, one each, in order. */
  private static boolean nominal(Font font, char[] chars, int[] glyphs) {
    GlyphVector plain = font.createGlyphVector(CONTEXT, chars);
    if (plain.getNumGlyphs() != glyphs.length) {
      return false;
    }
    for (int i = 0; i < glyphs.length; i++) {
      if (plain.getGlyphCode(i) != glyphs[i]) {
        return false;
      }
    }
    return true;
  }

  /** Width at {@code size} points. */
  float width(float size) {
    return advance * size / face.unitsPerEm();
  }
}
