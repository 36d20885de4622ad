package org.decisionnotices.model.internal;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Schedule 12A paragraphs: Part 1 (England) is 1-7 with 7A-7C, Part 4 (Wales) is 12-18 with 18A-18C
 * (the standards-committee paragraphs, inserted for Wales by SI 2007/951 reg 4).
 */
public final class ExemptionRules {
  private static final Pattern ENGLAND = Pattern.compile("[1-7]|7[ABC]");
  private static final Pattern WALES = Pattern.compile("1[2-8]|18[ABC]");

  private ExemptionRules() {}

  public static boolean isWales(String paragraph) {
    return WALES.matcher(paragraph).matches();
  }

  /** What is wrong with a list of paragraphs (in capitals), or {@code null} if nothing is. */
  public static String problemWith(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "must name at least one paragraph";
    }
    boolean england = false;
    boolean wales = false;
    for (String p : paragraphs) {
      if (p == null) {
        return "must not contain null";
      } else if (ENGLAND.matcher(p).matches()) {
        england = true;
      } else if (WALES.matcher(p).matches()) {
        wales = true;
      } else {
        return "must be 1-7 or \"7A\"-\"7C\" (England), or 12-18 or \"18A\"-\"18C\" (Wales), but"
            + " include "
            + p;
      }
    }
    if (england && wales) {
      return "must not mix England's paragraphs (1-7, 7A-7C) with Wales's (12-18, 18A-18C)";
    }
    if (new HashSet<>(paragraphs).size() != paragraphs.size()) {
      return "must not repeat a paragraph";
    }
    return null;
  }
}
