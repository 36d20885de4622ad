package org.decisionnotices.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.model.json.Problem;

/** Collects problems up to a limit, so a hostile file cannot produce an unbounded report. */
public final class Problems {
  public static final int MAX = 100;

  private final List<Problem> problems = new ArrayList<>();
  private boolean truncated;
  private int count;

  public void add(String path, String message) {
    count++;
    if (problems.size() < MAX) {
      problems.add(new Problem(path, message));
    } else if (!truncated) {
      truncated = true;
      problems.add(new Problem("$", "more than " + MAX + " problems; the rest are not shown"));
    }
  }

  /**
   * How many problems were found, listed or not: readers compare it before and after a part to
   * learn whether that part had any (past the limit, the list stops growing; found by
   * DecisionJsonFuzzTest).
   */
  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(problems);
  }
}
