package org.decisionnotices.model.internal;

import java.util.HashSet;
import java.util.List;

/** Schedule 12A paragraph numbers: Part 1 (England) is 1-7, Part 4 (Wales) is 12-18. */
public final class ExemptionRules {
  private ExemptionRules() {}

  /** What is wrong with a list of paragraph numbers, or {@code null} if nothing is. */
  public static String problemWith(List<Integer> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "must name at least one paragraph";
    }
    boolean england = false;
    boolean wales = false;
    for (Integer p : paragraphs) {
      if (p == null) {
        return "must not contain null";
      } else if (p >= 1 && p <= 7) {
        england = true;
      } else if (p >= 12 && p <= 18) {
        wales = true;
      } else {
        return "must be 1-7 (England) or 12-18 (Wales), but include " + p;
      }
    }
    if (england && wales) {
      return "must not mix England's paragraphs (1-7) with Wales's (12-18)";
    }
    if (new HashSet<>(paragraphs).size() != paragraphs.size()) {
      return "must not repeat a paragraph";
    }
    return null;
  }
}
