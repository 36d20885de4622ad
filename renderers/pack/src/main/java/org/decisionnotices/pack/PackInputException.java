package org.decisionnotices.pack;

import java.io.IOException;
import java.util.List;

/**
 * The documents a meeting names cannot all be used: missing, unreadable, corrupt, encrypted, not a
 * PDF, or outside the meeting's folder. Carries every problem found, not just the first. Problems
 * are found by opening and reading every document before the pack is begun, and then nothing has
 * been written to the output; in the rare case that a document fails only while it is being written
 * (changed on disk since, say), the output holds an unfinished pack, to be discarded.
 *
 * @since 0.1.0
 */
public final class PackInputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final List<PackProblem> problems;

  public PackInputException(List<PackProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in agenda order; never empty. */
  public List<PackProblem> problems() {
    return problems;
  }

  private static String summary(List<PackProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder out =
        new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    for (PackProblem problem : problems) {
      out.append("\n  ").append(problem);
    }
    return out.toString();
  }
}
