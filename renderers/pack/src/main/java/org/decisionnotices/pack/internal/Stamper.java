package org.decisionnotices.pack.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.util.Matrix;
import org.decisionnotices.render.pdf.PdfPages;

/**
 * Stamps running page numbers and "Not for publication" on pages as pagination artifacts, so
 * assistive technology skips them (the pack's structure and bookmarks carry the same facts).
 *
 * <p>Each stamp is placed as the reader sees the page: upright and centred at the foot (or head) of
 * the visible box once the page's /Rotate is applied, whatever its page boxes say (a crop box that
 * is empty or outside the media box gives way to the media box). The page number goes at its usual
 * height where the page draws nothing there; where the page's own content reaches that low, it
 * moves into the clear strip below the content if there is one, and only on a page drawn to its
 * edge does it sit over the content, on a white ground so that both stay legible.
 */
final class Stamper {
  private static final float NUMBER_SIZE = 9f;
  private static final float NOTICE_SIZE = 10f;
  private static final float EDGE = 24f;
  private static final float PAD = 3f;
  // A glyph's extent below and above its baseline, as a fraction of the size.
  private static final float DESCENT = 0.25f;
  private static final float ASCENT = 0.9f;

  private final PDDocument doc;
  private final PdfPages.Drawing fonts;

  /** {@code fonts}: the faces of the pack's own pages. */
  Stamper(PDDocument doc, PdfPages.Drawing fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  /**
   * @param footer e.g. "Page 7 of 42", centred at the foot
   * @param header e.g. "Not for publication", centred at the head, or {@code null}
   */
  void stamp(PDPage page, String footer, String header) throws IOException {
    View view = new View(visibleBox(page), page.getRotation());
    float footerWidth = fonts.width(footer, false, NUMBER_SIZE);
    List<Rectangle2D> content = page.hasContents() ? ContentBounds.of(page, view.box) : List.of();
    Placement foot = footPlacement(view, content, footerWidth);
    // Append with a reset graphics state: the report's own content may leave a transform or
    // colour set, which must not move or recolour the stamp.
    try (PDPageContentStream stream =
        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      if (header != null) {
        float width = fonts.width(header, true, NOTICE_SIZE);
        float baseline = view.height - EDGE - NOTICE_SIZE;
        text(stream, "Header", true, NOTICE_SIZE, header, width, view, baseline, false);
      }
      text(
          stream,
          "Footer",
          false,
          NUMBER_SIZE,
          footer,
          footerWidth,
          view,
          foot.baseline(),
          foot.ground());
    }
  }

  /** The box the reader sees: the crop box within the media box, or the media box. */
  static PDRectangle visibleBox(PDPage page) {
    PDRectangle media = page.getMediaBox();
    if (!(media.getWidth() > 1 && media.getHeight() > 1)) {
      media = PDRectangle.LETTER; // what PDFBox and readers assume for a page without one
    }
    PDRectangle crop = page.getCropBox();
    float llx = Math.max(crop.getLowerLeftX(), media.getLowerLeftX());
    float lly = Math.max(crop.getLowerLeftY(), media.getLowerLeftY());
    float urx = Math.min(crop.getUpperRightX(), media.getUpperRightX());
    float ury = Math.min(crop.getUpperRightY(), media.getUpperRightY());
    if (urx - llx > 1 && ury - lly > 1) {
      return new PDRectangle(llx, lly, urx - llx, ury - lly);
    }
    return media;
  }

  /** Where the footer's baseline goes, above the foot as seen, and whether it needs a ground. */
  private record Placement(float baseline, boolean ground) {}

  private static Placement footPlacement(View view, List<Rectangle2D> content, float width) {
    float usual = EDGE;
    if (content == null || content.isEmpty()) {
      return new Placement(usual, false);
    }
    // The lowest content, as seen, in the band the footer spans across the page.
    float left = (view.width - width) / 2 - PAD;
    float right = (view.width + width) / 2 + PAD;
    float lowest = Float.MAX_VALUE;
    for (Rectangle2D box : content) {
      Rectangle2D seen = view.seen(box);
      if (seen.getMaxX() >= left && seen.getMinX() <= right && seen.getMaxY() > 0) {
        lowest = Math.min(lowest, (float) Math.max(0, seen.getMinY()));
      }
    }
    float below = DESCENT * NUMBER_SIZE;
    float above = ASCENT * NUMBER_SIZE;
    if (usual + above + PAD <= lowest) {
      return new Placement(usual, false);
    }
    if (lowest >= below + above + 2 * PAD) {
      // A clear strip below the content: the footer goes in its middle.
      return new Placement((lowest - above - below) / 2 + below, false);
    }
    return new Placement(usual, true);
  }

  private void text(
      PDPageContentStream stream,
      String subtype,
      boolean bold,
      float size,
      String text,
      float width,
      View view,
      float baseline,
      boolean ground)
      throws IOException {
    COSDictionary properties = new COSDictionary();
    properties.setName(COSName.TYPE, "Pagination");
    properties.setName(COSName.SUBTYPE, subtype);
    stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    float x = (view.width - width) / 2;
    if (ground) {
      stream.saveGraphicsState();
      stream.transform(view.toPage(x - PAD, baseline - DESCENT * size - PAD));
      stream.setNonStrokingColor(1f, 1f, 1f);
      stream.addRect(0, 0, width + 2 * PAD, (DESCENT + ASCENT) * size + 2 * PAD);
      stream.fill();
      stream.restoreGraphicsState();
    }
    stream.beginText();
    stream.setFont(fonts.font(bold), size);
    stream.setNonStrokingColor(0f, 0f, 0f);
    stream.setTextMatrix(view.toPage(x, baseline));
    stream.showText(text);
    stream.endText();
    stream.endMarkedContent();
  }

  /**
   * The visible box as the reader sees it, turned by the page's rotation: {@code width} and {@code
   * height} as seen, and the mapping between seen coordinates (from its lower left corner) and the
   * page's own.
   */
  private static final class View {
    final PDRectangle box;
    final int rotation;
    final float width;
    final float height;

    View(PDRectangle box, int rotate) {
      this.box = box;
      this.rotation = ((Math.round(rotate / 90f) * 90) % 360 + 360) % 360;
      boolean sideways = rotation == 90 || rotation == 270;
      this.width = sideways ? box.getHeight() : box.getWidth();
      this.height = sideways ? box.getWidth() : box.getHeight();
    }

    /** Page space from seen coordinates: upright text at (x, y) as seen. */
    Matrix toPage(float x, float y) {
      float llx = box.getLowerLeftX();
      float lly = box.getLowerLeftY();
      float urx = box.getUpperRightX();
      float ury = box.getUpperRightY();
      // The page is shown turned clockwise by its rotation; text must turn back by as much.
      return switch (rotation) {
        case 90 -> new Matrix(0, 1, -1, 0, urx - y, lly + x);
        case 180 -> new Matrix(-1, 0, 0, -1, urx - x, ury - y);
        case 270 -> new Matrix(0, -1, 1, 0, llx + y, ury - x);
        default -> new Matrix(1, 0, 0, 1, llx + x, lly + y);
      };
    }

    /** A box in page space, as seen. */
    Rectangle2D seen(Rectangle2D page) {
      float llx = box.getLowerLeftX();
      float lly = box.getLowerLeftY();
      float urx = box.getUpperRightX();
      float ury = box.getUpperRightY();
      double x0 = page.getMinX();
      double y0 = page.getMinY();
      double x1 = page.getMaxX();
      double y1 = page.getMaxY();
      return switch (rotation) {
        case 90 -> new Rectangle2D.Double(y0 - lly, urx - x1, y1 - y0, x1 - x0);
        case 180 -> new Rectangle2D.Double(urx - x1, ury - y1, x1 - x0, y1 - y0);
        case 270 -> new Rectangle2D.Double(ury - y1, x0 - llx, y1 - y0, x1 - x0);
        default -> new Rectangle2D.Double(x0 - llx, y0 - lly, x1 - x0, y1 - y0);
      };
    }
  }
}
