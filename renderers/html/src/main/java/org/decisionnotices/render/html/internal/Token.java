package org.decisionnotices.render.html.internal;

/**
 * One step of prose as the template writes it: a piece of text, or the start or end of an
 * element. Prose is a tree; flattening it into tokens lets a flat template write any depth of
 * nesting without recursive partials, and keeps every tag in the template and every piece of
 * text behind Mustache's escaping.
 *
 * <p>Each kind has a method of its own so that the template can ask {@code {{#startLink}}}; a
 * token answers every such question itself, so Mustache never looks a name up in an
 * enclosing scope.
 */
record Token(Kind kind, String text, String href, String firstNumber) {

  enum Kind {
    TEXT, LINE_BREAK,
    START_EMPHASIS, END_EMPHASIS, START_STRONG, END_STRONG, START_LINK, END_LINK,
    START_PARAGRAPH, END_PARAGRAPH, START_BULLETS, END_BULLETS, START_NUMBERS, END_NUMBERS,
    START_ITEM, END_ITEM
  }

  static Token text(String text) {
    return new Token(Kind.TEXT, text, null, null);
  }

  static Token of(Kind kind) {
    return new Token(kind, null, null, null);
  }

  static Token startLink(String href) {
    return new Token(Kind.START_LINK, null, href, null);
  }

  /** {@code firstNumber} is {@code null} when the list starts at 1, so no attribute is written. */
  static Token startNumbers(String firstNumber) {
    return new Token(Kind.START_NUMBERS, null, null, firstNumber);
  }

  boolean lineBreak() {
    return kind == Kind.LINE_BREAK;
  }

  boolean startEmphasis() {
    return kind == Kind.START_EMPHASIS;
  }

  boolean endEmphasis() {
    return kind == Kind.END_EMPHASIS;
  }

  boolean startStrong() {
    return kind == Kind.START_STRONG;
  }

  boolean endStrong() {
    return kind == Kind.END_STRONG;
  }

  boolean startLink() {
    return kind == Kind.START_LINK;
  }

  boolean endLink() {
    return kind == Kind.END_LINK;
  }

  boolean startParagraph() {
    return kind == Kind.START_PARAGRAPH;
  }

  boolean endParagraph() {
    return kind == Kind.END_PARAGRAPH;
  }

  boolean startBullets() {
    return kind == Kind.START_BULLETS;
  }

  boolean endBullets() {
    return kind == Kind.END_BULLETS;
  }

  boolean startNumbers() {
    return kind == Kind.START_NUMBERS;
  }

  boolean endNumbers() {
    return kind == Kind.END_NUMBERS;
  }

  boolean startItem() {
    return kind == Kind.START_ITEM;
  }

  boolean endItem() {
    return kind == Kind.END_ITEM;
  }
}
