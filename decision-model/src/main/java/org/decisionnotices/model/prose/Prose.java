package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.internal.ProseParser;

/**
 * A prose field: the CommonMark text as written, and the block tree it parses to.
 *
 * <p>Only paragraphs, bulleted and numbered lists, emphasis, strong emphasis, links and hard line
 * breaks survive parsing. Raw HTML is kept as literal text; headings, quotes and code become plain
 * paragraphs, so nothing a council writes is lost.
 *
 * @param markdown the CommonMark source, never {@code null}
 * @param blocks the parsed blocks, never {@code null}
 * @since 0.1.0
 */
public record Prose(String markdown, List<Block> blocks) {

  /** Longest prose field accepted, in characters; a whole minuted discussion is far shorter. */
  public static final int MAX_LENGTH = 200_000;

  /** Deepest nesting of lists and emphasis accepted; guards recursion against hostile input. */
  public static final int MAX_DEPTH = 16;

  public Prose {
    Objects.requireNonNull(markdown, "markdown must not be null");
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks must not be null"));
  }

  /**
   * Parses CommonMark text.
   *
   * @throws IllegalArgumentException if the text breaks a rule of the format, such as a link target
   *     that is not {@code https:}, {@code http:} or {@code mailto:}
   */
  public static Prose parse(String markdown) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    List<String> problems = new java.util.ArrayList<>();
    Prose prose = ProseParser.parse(markdown, problems::add);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return prose;
  }

  /** The text without markup, blocks separated by blank lines; for search and tests. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      Block.appendPlainText(block, out);
    }
    return out.toString();
  }
}
