package org.decisionnotices.model.prose;

import java.util.List;

/**
 * Inline content of a paragraph.
 *
 * @since 0.1.0
 */
public sealed interface Inline permits Text, Emphasis, Strong, Link, LineBreak, Span {

  /** The text of the inlines without markup; a line break becomes a newline. */
  static String plainText(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    appendPlainText(inlines, out);
    return out.toString();
  }

  static void appendPlainText(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        out.append(t.text());
      } else if (inline instanceof Emphasis e) {
        appendPlainText(e.children(), out);
      } else if (inline instanceof Strong s) {
        appendPlainText(s.children(), out);
      } else if (inline instanceof Link l) {
        appendPlainText(l.children(), out);
      } else if (inline instanceof Span span) {
        appendPlainText(span.children(), out);
      } else if (inline instanceof LineBreak) {
        out.append('\n');
      }
    }
  }
}
