package org.decisionnotices.render.pdf.internal;

/**
 * Something drawn on a page, positioned relative to the top-left corner of its {@link Slice} (x
 * from the page's left edge, y downwards from the slice top). Text and pictures belong to a
 * structure {@link Node}; rules, fills and underlines are always layout artifacts.
 */
sealed interface Ink {

  /**
   * One run of text in one face and colour; {@code owner} is {@code null} for an artifact. {@code
   * shaped}, when not {@code null}, holds the glyphs to draw (a fallback face, or right to left).
   */
  record TextRun(
      float x,
      float baseline,
      FontStyle style,
      float size,
      int rgb,
      String text,
      Node owner,
      Shaped shaped)
      implements Ink {}

  /** A straight line, drawn as a layout artifact. */
  record Rule(float x1, float y1, float x2, float y2, float width, int rgb) implements Ink {}

  /** A filled rectangle, drawn as a layout artifact. */
  record Fill(float x, float y, float width, float height, int rgb) implements Ink {}

  /** A clickable area of the link {@code owner} (one per line the link text spans). */
  record LinkArea(float x, float y, float width, float height, String target, Node owner)
      implements Ink {}

  /** A structure element with no content, such as an empty table cell; created in its place. */
  record EmptyElement(Node owner) implements Ink {}

  /** The logo, tagged as a Figure {@code owner} or, when owner is null, an artifact. */
  record Picture(float x, float y, float width, float height, Node owner) implements Ink {}
}
