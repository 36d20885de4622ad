package org.decisionnotices.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the flow into pages. Slices chained by {@link Slice#keepWithNext} move to the next page
 * together (a heading with its first lines, a paragraph's first two and last two lines), unless the
 * chain is taller than a page. When a table breaks, its header row is repeated at the top of the
 * next page as a pagination artifact; a row taller than a page comes as one slice per line, so it
 * breaks between lines like a paragraph.
 */
final class Paginator {

  /** A slice at a position on a page; {@code repeat} marks a repeated table header. */
  record Placed(Slice slice, float top, boolean repeat) {}

  private final Geometry geometry;
  private final List<List<Placed>> pages = new ArrayList<>();
  private List<Placed> page;
  private float y;
  private boolean hasFlow;
  private Slice last;

  Paginator(Geometry geometry) {
    this.geometry = geometry;
  }

  List<List<Placed>> paginate(List<Slice> flow) {
    newPage(null);
    int i = 0;
    while (i < flow.size()) {
      int end = i;
      while (end < flow.size() - 1 && flow.get(end).keepWithNext) {
        end++;
      }
      List<Slice> group = flow.subList(i, end + 1);
      if (hasFlow && y + height(group) > geometry.bodyBottom()) {
        breakBefore(group.get(0));
      }
      for (Slice slice : group) {
        // Only a chain taller than a whole page gets here without room.
        if (hasFlow && y + slice.spaceBefore + slice.height > geometry.bodyBottom()) {
          breakBefore(slice);
        }
        place(slice);
        last = slice;
      }
      i = end + 1;
    }
    return pages;
  }

  private float height(List<Slice> group) {
    float h = 0;
    boolean first = true;
    for (Slice slice : group) {
      h += (first && !hasFlow ? 0 : slice.spaceBefore) + slice.height;
      first = false;
    }
    return h;
  }

  private void place(Slice slice) {
    if (hasFlow) {
      y += slice.spaceBefore;
    }
    page.add(new Placed(slice, y, false));
    y += slice.height;
    hasFlow = true;
  }

  /**
   * Starts a new page for {@code next}. Where a split table row breaks, its edge closes the part at
   * the foot of this page and opens the part on the next.
   */
  private void breakBefore(Slice next) {
    Slice edge = last != null && next.splitEdge == last.splitEdge ? next.splitEdge : null;
    if (edge != null) {
      page.add(new Placed(edge, y, false));
    }
    newPage(next);
    if (edge != null) {
      page.add(new Placed(edge, y, false));
    }
  }

  private void newPage(Slice next) {
    page = new ArrayList<>();
    pages.add(page);
    y = geometry.bodyTop();
    hasFlow = false;
    if (next != null && next.tableHeader != null) {
      page.add(new Placed(next.tableHeader, y, true));
      y += next.tableHeader.height;
    }
  }
}
