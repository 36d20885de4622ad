package org.decisionnotices.model.json;

import java.io.IOException;
import java.util.List;

/**
 * A JSON file that is not a valid record or meeting; carries every problem found in it.
 *
 * @since 0.1.0
 */
public final class InvalidInputException extends IOException {
  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder out = new StringBuilder();
    out.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    for (Problem problem : problems) {
      out.append("\n  ").append(problem);
    }
    return out.toString();
  }
}
