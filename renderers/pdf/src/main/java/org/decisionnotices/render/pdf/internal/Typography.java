package org.decisionnotices.render.pdf.internal;

/** Sizes (points) and colours (0xRRGGBB) of a notice's text. */
final class Typography {
  public static final int TEXT = 0x1F1F1F;
  public static final int MUTED = 0x555555;
  public static final int RULE = 0xB8BFC7;

  public static final float TITLE = 20;
  public static final float TITLE_LEADING = 25;
  public static final float H2 = 14;
  public static final float H2_LEADING = 19;
  public static final float BODY = 10.5f;
  public static final float BODY_LEADING = 15;
  public static final float PARAGRAPH_GAP = 7;

  /** Below the title: the accent rule's offset within its 14-point slice, and its width. */
  public static final float TITLE_RULE_Y = 6;

  public static final float TITLE_RULE_HEIGHT = 14;
  public static final float TITLE_RULE_WIDTH = 1.5f;

  private Typography() {}

  /** Baseline of text of {@code size} centred in a line box of {@code leading}, from its top. */
  public static float baseline(float leading, float size) {
    return leading / 2 + size * 0.36f;
  }
}
