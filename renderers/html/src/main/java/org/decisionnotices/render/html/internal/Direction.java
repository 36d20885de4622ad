package org.decisionnotices.render.html.internal;

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
 * A paragraph's direction by its first strong character (Unicode bidirectional algorithm, rules P2
 * and P3), as the PDF lays it out: an Urdu sentence in an English notice reads right to left, with
 * its full stop on the left. Written as {@code dir="rtl"} rather than left to the browser's {@code
 * dir="auto"}, which skips the text of a marked passage ({@code <span lang="ur" dir="rtl">}) that
 * opens the paragraph; a left-to-right paragraph, the page's own direction, gets no attribute.
 */
final class Direction {
  private static final int NONE = 0;
  private static final int LEFT_TO_RIGHT = 1;
  private static final int RIGHT_TO_LEFT = 2;

  private Direction() {}

  /** {@code "rtl"} if the first strong character of {@code text} is right to left, else null. */
  static String of(String text) {
    return text == null ? null : attribute(strong(text));
  }

  /** The same for a field value or paragraph; stops at the first strong character. */
  static String of(List<Inline> inlines) {
    return attribute(strong(inlines));
  }

  /** The same for a list item, by its first paragraph. */
  static String of(ListItem item) {
    for (Block block : item.blocks()) {
      if (block instanceof Paragraph paragraph) {
        return of(paragraph.inlines());
      }
    }
    return null;
  }

  private static String attribute(int direction) {
    return direction == RIGHT_TO_LEFT ? "rtl" : null;
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
