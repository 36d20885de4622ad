package org.decisionnotices.render.pdf.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * The word "DRAFT" (or "DRAFFT") across a page, under its content. It is drawn as the glyphs'
 * outlines, not as text, inside a pagination watermark artifact: assistive technology skips it, and
 * text extraction gives exactly the final document's text.
 */
final class DraftMark {
  /** A light red: visible on every page, yet black and muted text over it keep their contrast. */
  static final int COLOUR = 0xF6C9C9;

  private DraftMark() {}

  /** Draws {@code word} centred on a page of {@code width} by {@code height} points. */
  static void draw(PDPageContentStream cs, FontMetrics face, String word, float width, float height)
      throws IOException {
    TrueTypeFont ttf = face.ttf();
    float unitsPerEm = ttf.getUnitsPerEm();
    GeneralPath outline = new GeneralPath();
    float advance = 0;
    for (int i = 0; i < word.length(); ) {
      int codePoint = word.codePointAt(i);
      i += Character.charCount(codePoint);
      int gid = ttf.getUnicodeCmapLookup().getGlyphId(codePoint);
      GlyphData glyph = ttf.getGlyph().getGlyph(gid);
      if (glyph != null) {
        GeneralPath path = glyph.getPath();
        path.transform(AffineTransform.getTranslateInstance(advance, 0));
        outline.append(path, false);
      }
      advance += ttf.getAdvanceWidth(gid);
    }
    // Along the diagonal, the word spans 70% of it; capitals are about 0.72 em tall.
    double angle = Math.atan2(height, width);
    double diagonal = Math.hypot(width, height);
    double scale = 0.7 * diagonal / advance;
    AffineTransform place = AffineTransform.getTranslateInstance(width / 2.0, height / 2.0);
    place.rotate(angle);
    place.scale(scale, scale);
    place.translate(-advance / 2.0, -0.36 * unitsPerEm);
    outline.transform(place);

    cs.beginMarkedContent(COSName.ARTIFACT, watermark());
    cs.saveGraphicsState();
    cs.setNonStrokingColor(
        ((COLOUR >> 16) & 0xFF) / 255f, ((COLOUR >> 8) & 0xFF) / 255f, (COLOUR & 0xFF) / 255f);
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    float startX = 0;
    float startY = 0;
    for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          cs.moveTo(c[0], c[1]);
          lastX = startX = c[0];
          lastY = startY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          cs.lineTo(c[0], c[1]);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          // TrueType outlines are quadratic; PDF paths are cubic.
          cs.curveTo(
              lastX + 2f / 3 * (c[0] - lastX),
              lastY + 2f / 3 * (c[1] - lastY),
              c[2] + 2f / 3 * (c[0] - c[2]),
              c[3] + 2f / 3 * (c[1] - c[3]),
              c[2],
              c[3]);
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
          lastX = c[4];
          lastY = c[5];
        }
        default -> {
          cs.closePath();
          lastX = startX;
          lastY = startY;
        }
      }
    }
    cs.fill();
    cs.restoreGraphicsState();
    cs.endMarkedContent();
  }

  private static PDPropertyList watermark() {
    COSDictionary properties = new COSDictionary();
    properties.setName(COSName.TYPE, "Pagination");
    properties.setName(COSName.SUBTYPE, "Watermark");
    return PDPropertyList.create(properties);
  }
}
