package org.decisionnotices.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the flow that is never split across pages: a line of a paragraph, a heading, a table
 * row (or, for a row taller than a page, one line of it).
 */
final class Slice {
  final float height;

  /** Space above, dropped at the top of a page. */
  final float spaceBefore;

  final List<Ink> inks;

  /** No page break may fall between this slice and the next (headings, orphan/widow lines). */
  boolean keepWithNext;

  /** The header row of the table this row belongs to, redrawn when the table breaks. */
  Slice tableHeader;

  /**
   * For the parts of a table row split between its lines: a rule, shared by the parts, that the
   * paginator draws at the foot of the page and at the top of the next where the row breaks.
   */
  Slice splitEdge;

  Slice(float height, float spaceBefore, List<Ink> inks) {
    this.height = height;
    this.spaceBefore = spaceBefore;
    this.inks = inks;
  }

  /**
   * Marks the lines of one paragraph so that neither its first line (an orphan) nor its last line
   * (a widow) stands alone on a page.
   */
  static void keepLinesTogether(List<Slice> lines) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      lines.get(i).keepWithNext = n > 1 && (i == 0 || i == n - 2);
    }
  }

  static Slice of(float height, float spaceBefore) {
    return new Slice(height, spaceBefore, new ArrayList<>());
  }
}
