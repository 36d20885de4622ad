package org.decisionnotices.pack;

import java.util.List;

/**
 * What {@link AgendaPack#write} produced.
 *
 * @param pageCount pages in the pack
 * @param warnings documents that were merged but need attention, such as untagged (inaccessible)
 *     PDFs; empty when there are none
 * @since 0.1.0
 */
public record PackResult(int pageCount, List<PackProblem> warnings) {
  public PackResult {
    warnings = List.copyOf(warnings);
  }
}
