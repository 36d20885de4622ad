package org.decisionnotices.render.pdf.internal;

/**
 * A stretch of inline text in one face, owned by one structure node, before wrapping. A piece whose
 * text is {@code "\n"} is a hard line break.
 *
 * @param link the link target when the text is part of a link, else {@code null}
 */
record Piece(String text, FontStyle style, Node owner, String link) {
  static final String BREAK = "\n";

  boolean isBreak() {
    return BREAK.equals(text) && owner == null;
  }
}
