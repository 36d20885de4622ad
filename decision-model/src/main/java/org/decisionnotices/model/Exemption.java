package org.decisionnotices.model;

import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.internal.ExemptionRules;

/**
 * Why information is exempt from publication under Schedule 12A to the Local Government Act 1972.
 *
 * @param paragraphs paragraphs "1"-"7", "7A"-"7C" (Part 1, England) or "12"-"18", "18A"-"18C" (Part
 *     4, Wales), never mixed; a lettered paragraph is kept in capitals ("18a" becomes "18A")
 * @param reason the public interest reasoning, or {@code null}
 * @since 0.1.0
 */
public record Exemption(List<String> paragraphs, String reason) {
  public Exemption {
    paragraphs =
        paragraphs.stream().map(p -> p == null ? null : p.toUpperCase(Locale.ROOT)).toList();
    String problem = ExemptionRules.problemWith(paragraphs);
    if (problem != null) {
      throw new IllegalArgumentException("paragraphs " + problem);
    }
  }

  /** An exemption under numbered paragraphs only, such as {@code of(null, 3, 5)}. */
  public static Exemption of(String reason, int... paragraphs) {
    return new Exemption(
        java.util.Arrays.stream(paragraphs).mapToObj(Integer::toString).toList(), reason);
  }

  /** {@code true} when the paragraphs are those of Part 4 (Wales). */
  public boolean isWelsh() {
    return ExemptionRules.isWales(paragraphs.get(0));
  }
}
