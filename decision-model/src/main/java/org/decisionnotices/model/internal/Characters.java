package org.decisionnotices.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Finds characters that none of our formats can hold: XML 1.0 (DOCX, and the layout's own markup)
 * refuses C0 controls other than tab, line feed and carriage return, lone surrogates and U+FFFE and
 * U+FFFF; PDF text has no glyph for them either. They are refused when read, with their path, so
 * that a valid file always renders.
 */
public final class Characters {
  private Characters() {}

  /** Reports every string (and field name) in the tree that holds such a character. */
  public static void check(JsonNode node, String path, Problems problems) {
    if (node.isTextual()) {
      String problem = problemIn(node.textValue());
      if (problem != null) {
        problems.add(path, problem);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", problems);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = field.getKey();
        String problem = problemIn(name);
        String child = ObjectView.child(path, problem == null ? name : escaped(name));
        if (problem != null) {
          problems.add(child, "the field's name " + problem);
        }
        check(field.getValue(), child, problems);
      }
    }
  }

  /** The name with every character below U+0020 or a surrogate written as a JSON escape. */
  private static String escaped(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (c < 0x20 || Character.isSurrogate(c) || c >= 0xFFFE) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What is wrong with the text, naming the first character none of our formats can hold and where
   * it is, or {@code null} if nothing is.
   */
  public static String problemIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String what = null;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        what = "the control character";
      } else if (c == 0xFFFE || c == 0xFFFF) {
        what = "the noncharacter";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        what = "a lone surrogate";
      } else if (Character.isLowSurrogate(c)) {
        what = "a lone surrogate";
      }
      if (what != null) {
        return String.format(
            Locale.ROOT,
            "holds %s U+%04X at character %d, which no document format can hold",
            what,
            (int) c,
            i + 1);
      }
    }
    return null;
  }
}
