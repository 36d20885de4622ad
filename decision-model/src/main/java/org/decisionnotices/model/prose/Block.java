package org.decisionnotices.model.prose;

/**
 * A block of prose: a paragraph or a list.
 *
 * @since 0.1.0
 */
public sealed interface Block permits Paragraph, ListBlock {

  static void appendPlainText(Block block, StringBuilder out) {
    if (block instanceof Paragraph p) {
      Inline.appendPlainText(p.inlines(), out);
    } else if (block instanceof ListBlock list) {
      boolean first = true;
      for (ListItem item : list.items()) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        boolean firstBlock = true;
        for (Block child : item.blocks()) {
          if (!firstBlock) {
            out.append('\n');
          }
          firstBlock = false;
          appendPlainText(child, out);
        }
      }
    }
  }
}
