package org.decisionnotices.model;

import java.util.List;
import org.decisionnotices.model.internal.ExemptionRules;

/**
 * Why information is exempt from publication under Schedule 12A to the Local Government Act 1972.
 *
 * @param paragraphs paragraphs 1-7 (Part 1, England) or 12-18 (Part 4, Wales), never mixed
 * @param reason the public interest reasoning, or {@code null}
 */
public record Exemption(List<Integer> paragraphs, String reason) {
  public Exemption {
    paragraphs = List.copyOf(paragraphs);
    String problem = ExemptionRules.problemWith(paragraphs);
    if (problem != null) {
      throw new IllegalArgumentException("paragraphs " + problem);
    }
  }

  /** {@code true} when the paragraphs are those of Part 4 (Wales). */
  public boolean isWelsh() {
    return paragraphs.get(0) >= 12;
  }
}
