package org.decisionnotices.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.pdf.internal.Paginator.Placed;
import org.junit.jupiter.api.Test;

/**
 * Page breaks: headings stay with what follows, no single widow or orphan lines, headers repeat.
 */
class PaginatorTest {
  // A body 100 points tall: ten lines of 10 points.
  private static final Geometry TEN_LINES = new Geometry(200, 200, 10, 0, 0, 0, 100, 190);

  @Test
  void headingMovesToTheNextPageWithItsParagraph() {
    List<Slice> flow = new ArrayList<>(lines(8, "filler"));
    Slice heading = line("heading");
    heading.keepWithNext = true;
    flow.add(heading);
    flow.addAll(paragraph(4));
    List<List<Placed>> pages = new Paginator(TEN_LINES).paginate(flow);
    assertEquals(2, pages.size());
    assertEquals(8, pages.get(0).size(), "the heading would fit, but not with two lines after it");
    assertEquals(heading, pages.get(1).get(0).slice());
  }

  @Test
  void noOrphanAndNoWidow() {
    // 9 lines used: a 3-line paragraph has room for one line only, so it moves whole.
    List<Slice> flow = new ArrayList<>(lines(9, "filler"));
    flow.addAll(paragraph(3));
    List<List<Placed>> pages = new Paginator(TEN_LINES).paginate(flow);
    assertEquals(9, pages.get(0).size(), "a first line alone at the foot is an orphan");

    // 7 lines used, a 4-line paragraph: 3 would fit, leaving its last line alone (a widow).
    flow = new ArrayList<>(lines(7, "filler"));
    List<Slice> paragraph = paragraph(4);
    flow.addAll(paragraph);
    pages = new Paginator(TEN_LINES).paginate(flow);
    assertEquals(9, pages.get(0).size(), "two lines stay, two go: " + pages.get(0).size());
    assertEquals(2, pages.get(1).size());
    assertEquals(paragraph.get(2), pages.get(1).get(0).slice());
  }

  @Test
  void tableHeaderRepeatsWhenTheTableBreaks() {
    Slice header = line("header");
    header.keepWithNext = true;
    List<Slice> flow = new ArrayList<>(List.of(header));
    for (int i = 0; i < 15; i++) {
      Slice row = line("row" + i);
      row.tableHeader = header;
      flow.add(row);
    }
    List<List<Placed>> pages = new Paginator(TEN_LINES).paginate(flow);
    assertEquals(2, pages.size());
    assertFalse(pages.get(0).get(0).repeat(), "the first header is the tagged one");
    Placed repeated = pages.get(1).get(0);
    assertTrue(repeated.repeat());
    assertEquals(header, repeated.slice());
    assertEquals(10, pages.get(1).get(1).top(), 0.001, "the row follows the repeated header");
  }

  @Test
  void rowTallerThanAPageBreaksBetweenLinesClosedAndReopenedByItsEdge() {
    // 6 lines used, then a 12-line row: 4 of its lines fit, 8 go on.
    List<Slice> flow = new ArrayList<>(lines(6, "filler"));
    Slice edge = line("edge");
    List<Slice> row = paragraph(12);
    row.forEach(part -> part.splitEdge = edge);
    flow.addAll(row);
    List<List<Placed>> pages = new Paginator(TEN_LINES).paginate(flow);
    assertEquals(2, pages.size());
    List<Placed> first = pages.get(0);
    assertEquals(edge, first.get(first.size() - 1).slice(), "the edge closes the first part");
    assertEquals(100, first.get(first.size() - 1).top(), 0.001);
    assertEquals(row.get(3), first.get(first.size() - 2).slice());
    assertEquals(edge, pages.get(1).get(0).slice(), "and opens the second");
    assertEquals(row.get(4), pages.get(1).get(1).slice());
    assertEquals(0, pages.get(1).get(1).top(), 0.001);
  }

  @Test
  void spaceBeforeIsDroppedAtThePageTop() {
    List<Slice> flow = new ArrayList<>(lines(10, "filler"));
    Slice spaced = new Slice(10, 30, new ArrayList<>());
    flow.add(spaced);
    List<List<Placed>> pages = new Paginator(TEN_LINES).paginate(flow);
    assertEquals(0, pages.get(1).get(0).top(), 0.001);
  }

  private static List<Slice> paragraph(int n) {
    List<Slice> lines = lines(n, "p");
    Slice.keepLinesTogether(lines);
    return lines;
  }

  private static List<Slice> lines(int n, String name) {
    List<Slice> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(line(name + i));
    }
    return lines;
  }

  private static Slice line(String name) {
    return new Slice(10, 0, new ArrayList<>());
  }
}
