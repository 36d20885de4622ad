package org.decisionnotices.render.layout;

import java.util.List;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;

/**
 * Whether a paragraph runs right to left, by its first strong character (Unicode bidirectional
 * algorithm, rules P2 and P3): an Urdu sentence in an English notice reads right to left, with its
 * full stop on the left, in every format. A marked passage that opens the paragraph counts as its
 * text; a paragraph with no strong character keeps the document's direction (left to right).
 *
 * @since 0.1.0
 */
public final class ParagraphDirection {
  private static final int NONE = 0;
  private static final int LEFT_TO_RIGHT = 1;
  private static final int RIGHT_TO_LEFT = 2;

  private ParagraphDirection() {}

  /**
   * Whether plain text, such as a table cell, runs right to left.
   *
   * @param text the text, or null
   * @return true if its first strong character is right to left
   */
  public static boolean isRightToLeft(String text) {
    return text != null && strong(text) == RIGHT_TO_LEFT;
  }

  /**
   * Whether a paragraph or field value runs right to left.
   *
   * @param inlines its inline content
   * @return true if its first strong character is right to left
   */
  public static boolean isRightToLeft(List<Inline> inlines) {
    return strong(inlines) == RIGHT_TO_LEFT;
  }

  /**
   * Whether a list item runs right to left, by its first paragraph.
   *
   * @param item the list item
   * @return true if its first paragraph's first strong character is right to left
   */
  public static boolean isRightToLeft(ListItem item) {
    for (Block block : item.blocks()) {
      if (block instanceof Paragraph paragraph) {
        return isRightToLeft(paragraph.inlines());
      }
    }
    return false;
  }

  private static int strong(List<Inline> inlines) {
    for (Inline inline : inlines) {
      int found = NONE;
      if (inline instanceof Text text) {
        found = strong(text.text());
      } else if (inline instanceof Emphasis emphasis) {
        found = strong(emphasis.children());
      } else if (inline instanceof Strong bold) {
        found = strong(bold.children());
      } else if (inline instanceof Span span) {
        found = strong(span.children());
      } else if (inline instanceof Link link) {
        found = strong(link.children());
      }
      if (found != NONE) {
        return found;
      }
    }
    return NONE;
  }

  private static int strong(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x0590) {
        // Below Hebrew only letters are strong, and they are all left to right.
        if (Character.isLetter(cp)) {
          return LEFT_TO_RIGHT;
        }
        continue;
      }
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return LEFT_TO_RIGHT;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return RIGHT_TO_LEFT;
        default:
          break;
      }
    }
    return NONE;
  }
}
