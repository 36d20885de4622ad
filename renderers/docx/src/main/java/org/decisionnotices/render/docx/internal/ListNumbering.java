package org.decisionnotices.render.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbering definitions of one document ({@code word/numbering.xml}). There are two abstract
 * lists, bulleted and numbered, nine levels each; every list in the notice gets its own {@code
 * w:num} with a start override, so each list restarts its numbering. Per render; not thread-safe.
 */
final class ListNumbering {
  static final int LEVELS = 9;

  /** Levels with their own "List Continue" style. */
  static final int CONTINUE_LEVELS = 3;

  private static final int BULLETED = 0;
  private static final int NUMBERED = 1;
  private static final int STEP = 567;
  private static final int HANGING = 397;
  private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
  private static final String[] NUMBER_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};

  private record Instance(boolean ordered, int start, int level) {}

  private final List<Instance> instances = new ArrayList<>();

  /** A new list at {@code level} (0 for a top-level list); returns its {@code w:numId}. */
  int newList(boolean ordered, int start, int level) {
    instances.add(new Instance(ordered, start, clampLevel(level)));
    return instances.size();
  }

  boolean isEmpty() {
    return instances.isEmpty();
  }

  static int clampLevel(int depth) {
    return Math.min(depth, LEVELS - 1);
  }

  /** Where the text of an item at {@code depth} starts, in twips from the margin. */
  static int textIndent(int depth) {
    return STEP * (clampLevel(depth) + 1);
  }

  String xml() {
    StringBuilder out = new StringBuilder("<w:numbering").append(Xml.WML_NAMESPACES).append('>');
    abstractList(out, BULLETED, false);
    abstractList(out, NUMBERED, true);
    for (int i = 0; i < instances.size(); i++) {
      Instance list = instances.get(i);
      out.append("<w:num w:numId=\"")
          .append(i + 1)
          .append("\"><w:abstractNumId w:val=\"")
          .append(list.ordered() ? NUMBERED : BULLETED)
          .append("\"/>");
      // Restart: without the override, Word continues the numbering of the previous list.
      out.append("<w:lvlOverride w:ilvl=\"")
          .append(list.level())
          .append("\"><w:startOverride w:val=\"")
          .append(list.ordered() ? Math.max(0, list.start()) : 1)
          .append("\"/></w:lvlOverride></w:num>");
    }
    return out.append("</w:numbering>").toString();
  }

  private static void abstractList(StringBuilder out, int id, boolean ordered) {
    out.append("<w:abstractNum w:abstractNumId=\"")
        .append(id)
        .append("\">")
        .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int level = 0; level < LEVELS; level++) {
      out.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>");
      if (ordered) {
        out.append("<w:numFmt w:val=\"")
            .append(NUMBER_FORMATS[level % 3])
            .append("\"/>")
            .append("<w:lvlText w:val=\"%")
            .append(level + 1)
            .append(".\"/>");
      } else {
        out.append("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"")
            .append(BULLETS[level % 3])
            .append("\"/>");
      }
      out.append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
          .append(textIndent(level))
          .append("\" w:hanging=\"")
          .append(HANGING)
          .append("\"/></w:pPr>")
          .append("<w:rPr><w:rFonts w:ascii=\"")
          .append(StyleSheet.FONT)
          .append("\" w:hAnsi=\"")
          .append(StyleSheet.FONT)
          .append("\" w:cs=\"")
          .append(StyleSheet.FONT)
          .append("\"/></w:rPr></w:lvl>");
    }
    out.append("</w:abstractNum>");
  }
}
