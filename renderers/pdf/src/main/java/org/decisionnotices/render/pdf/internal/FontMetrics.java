package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One parsed face with its glyph advances cached; confined to one thread. Public because {@code
 * PdfPages} uses it; not API.
 */
public final class FontMetrics {
  private static final int CACHED = 0x3000;

  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final float unitsPerEm;
  private final float ascent;
  // Advance in font units for code points below CACHED; -1: not looked up yet, -2: no glyph.
  private final int[] advances = new int[CACHED];

  FontMetrics(TrueTypeFont ttf) throws IOException {
    this.ttf = ttf;
    this.cmap = ttf.getUnicodeCmapLookup();
    this.unitsPerEm = ttf.getUnitsPerEm();
    this.ascent = ttf.getHorizontalHeader().getAscender() / unitsPerEm;
    java.util.Arrays.fill(advances, -1);
  }

  TrueTypeFont ttf() {
    return ttf;
  }

  /** Height above the baseline per point of font size. */
  float ascent() {
    return ascent;
  }

  /** Whether the face has a glyph for {@code codePoint}. */
  boolean canShow(int codePoint) throws IOException {
    return advance(codePoint) >= 0;
  }

  /**
   * The width of {@code text} at {@code size} points, or -1 - index of the first character the face
   * cannot show.
   */
  public float width(String text, float size) throws IOException {
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int advance = advance(cp);
      if (advance < 0) {
        return -1 - i;
      }
      units += advance;
      i += Character.charCount(cp);
    }
    return units * size / unitsPerEm;
  }

  private int advance(int cp) throws IOException {
    if (cp < CACHED && advances[cp] != -1) {
      return advances[cp];
    }
    int gid = cmap.getGlyphId(cp);
    int advance = gid == 0 ? -2 : ttf.getAdvanceWidth(gid);
    if (cp < CACHED) {
      advances[cp] = advance;
    }
    return advance;
  }
}
