package org.decisionnotices.render;

/**
 * Paper sizes, in PostScript points (1/72 inch).
 *
 * @since 0.1.0
 */
public enum PageSize {
  A4(595.2756f, 841.8898f),
  LETTER(612f, 792f);

  private final float widthPoints;
  private final float heightPoints;

  PageSize(float widthPoints, float heightPoints) {
    this.widthPoints = widthPoints;
    this.heightPoints = heightPoints;
  }

  public float widthPoints() {
    return widthPoints;
  }

  public float heightPoints() {
    return heightPoints;
  }
}
