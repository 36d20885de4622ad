package org.decisionnotices.render.pdf.internal;

import org.decisionnotices.render.PageSize;

/**
 * Where things go on a page, in points; every y is measured downwards from the top edge (the drawer
 * turns it round for PDF). Public because the PDF module's tests use it; not API.
 */
public record Geometry(
    float width,
    float height,
    float margin,
    float headerTop,
    float headerHeight,
    float bodyTop,
    float bodyBottom,
    float footerBaseline) {

  private static final float MARGIN = 62;
  private static final float HEADER_TOP = 34;
  private static final float HEADER_HEIGHT = 40;

  public static Geometry of(PageSize size, boolean hasHeader) {
    float height = size.heightPoints();
    float bodyTop = hasHeader ? HEADER_TOP + HEADER_HEIGHT + 24 : 60;
    return new Geometry(
        size.widthPoints(),
        height,
        MARGIN,
        HEADER_TOP,
        HEADER_HEIGHT,
        bodyTop,
        height - 66,
        height - 34);
  }

  public float contentWidth() {
    return width - 2 * margin;
  }

  public float right() {
    return width - margin;
  }
}
