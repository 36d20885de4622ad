package org.decisionnotices.render.testkit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * The text a reader must find in a rendered notice, in reading order: the title, each section's
 * heading, each field's label and value, each table cell, each paragraph and list item. Table
 * captions and list markers are left out, since formats show them differently.
 *
 * @since 0.1.0
 */
public final class ExpectedText {
  private ExpectedText() {}

  public static List<String> of(Notice notice) {
    List<String> out = new ArrayList<>();
    out.add(notice.title());
    for (Section section : notice.sections()) {
      if (section.heading() != null) {
        out.add(section.heading());
      }
      for (Part part : section.parts()) {
        if (part instanceof FieldList fields) {
          for (Field field : fields.fields()) {
            out.add(field.label());
            out.add(Inline.plainText(field.value()));
          }
        } else if (part instanceof Table table) {
          out.addAll(table.header());
          table.rows().forEach(out::addAll);
        } else if (part instanceof Blocks blocks) {
          blocks.blocks().forEach(b -> addBlock(b, out));
        }
      }
    }
    return out.stream().map(ExpectedText::normalize).filter(s -> !s.isEmpty()).toList();
  }

  private static void addBlock(Block block, List<String> out) {
    if (block instanceof Paragraph p) {
      out.add(Inline.plainText(p.inlines()));
    } else if (block instanceof ListBlock list) {
      for (ListItem item : list.items()) {
        item.blocks().forEach(b -> addBlock(b, out));
      }
    }
  }

  /** NFC, every run of white space (no-break spaces too) as one space, trimmed. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
        .strip();
  }

  /**
   * Checks that every expected string occurs in {@code actual}, in order, after normalising both;
   * returns a description of the first one missing, or {@code null} if all are there.
   */
  public static String firstMissing(List<String> expected, String actual) {
    String text = normalize(actual);
    int from = 0;
    for (String piece : expected) {
      int at = text.indexOf(piece, from);
      if (at < 0) {
        boolean elsewhere = text.contains(piece);
        String context = text.substring(from, Math.min(text.length(), from + 200));
        return (elsewhere ? "out of order: " : "missing: ")
            + "\""
            + piece
            + "\"\n  after: \""
            + context
            + "\"";
      }
      from = at + piece.length();
    }
    return null;
  }
}
