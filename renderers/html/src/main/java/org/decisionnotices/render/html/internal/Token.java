package org.decisionnotices.render.html.internal;

/**
 * One step of prose as {@link Markup} writes it: an optional start tag, an optional piece of text,
 * an optional end tag, in that order. Prose is a tree; flattening it into tokens writes any depth
 * of nesting in one loop, without recursion.
 *
 * <p>Coarse on purpose: a plain paragraph is one token, not three.
 */
record Token(Tag start, String text, Tag end) {

  /**
   * An element's tag. Its name is one of ours, never the notice's; {@code href}, {@code
   * firstNumber} and {@code className} are set only on the start tags that carry them.
   *
   * @param className one of ours, never the notice's
   * @param newline whether a line break follows the tag, to keep block markup one per line
   */
  record Tag(
      String name,
      String href,
      String firstNumber,
      String className,
      boolean newline,
      Language lang) {
    /** A passage's language and, for a right-to-left script, its direction ({@code rtl}). */
    record Language(String tag, String dir) {}

    Tag(String name, String href, String firstNumber, String className, boolean newline) {
      this(name, href, firstNumber, className, newline, null);
    }

    /**
     * Marks a link whose text already is its address, so that the print style does not write the
     * address a second time after it.
     */
    static final String SHOWS_ADDRESS = "shows-address";

    static final Tag LINE_BREAK = new Tag("br", null, null, null, false);
    static final Tag START_EMPHASIS = new Tag("em", null, null, null, false);
    static final Tag END_EMPHASIS = START_EMPHASIS;
    static final Tag START_STRONG = new Tag("strong", null, null, null, false);
    static final Tag END_STRONG = START_STRONG;
    static final Tag END_LINK = new Tag("a", null, null, null, false);
    static final Tag START_PARAGRAPH = new Tag("p", null, null, null, false);
    static final Tag END_PARAGRAPH = new Tag("p", null, null, null, true);
    static final Tag START_BULLETS = new Tag("ul", null, null, null, true);
    static final Tag END_BULLETS = START_BULLETS;
    static final Tag END_NUMBERS = new Tag("ol", null, null, null, true);
    static final Tag START_ITEM = new Tag("li", null, null, null, false);
    static final Tag END_ITEM = new Tag("li", null, null, null, true);

    static final Tag END_SPAN = new Tag("span", null, null, null, false);

    /** A passage in another language: {@code <span lang="ur" dir="rtl">}. */
    static Tag startSpan(String language, boolean rightToLeft) {
      return new Tag(
          "span", null, null, null, false, new Language(language, rightToLeft ? "rtl" : null));
    }

    static Tag startLink(String href, boolean showsAddress) {
      return new Tag("a", href, null, showsAddress ? SHOWS_ADDRESS : null, false);
    }

    /**
     * {@code firstNumber} is {@code null} when the list starts at 1, so no attribute is written.
     */
    static Tag startNumbers(String firstNumber) {
      return new Tag("ol", null, firstNumber, null, true);
    }
  }
}
