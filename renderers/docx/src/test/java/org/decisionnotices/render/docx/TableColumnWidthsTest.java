package org.decisionnotices.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Columns are sized by their content and fill the text width of the page, read back by docx4j. */
class TableColumnWidthsTest {

  @ParameterizedTest
  @EnumSource(PageSize.class)
  void interestsTableGivesTheLongInterestColumnMoreRoomThanTheMemberColumn(PageSize size)
      throws Exception {
    RenderOptions options = RenderOptions.builder().pageSize(size).build();
    Notice notice =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options)
            .build()
            .layout(Samples.record("cabinet-key-decision"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.create().render(notice, options, out);
    WordprocessingMLPackage pkg = DocxText.load(out.toByteArray());

    Tbl interests = table(pkg, "Member");
    List<Integer> grid =
        interests.getTblGrid().getGridCol().stream()
            .map(TblGridCol::getW)
            .map(w -> w.intValue())
            .toList();
    List<String> header =
        cells(rows(interests).get(0)).stream().map(c -> DocxText.text(c).strip()).toList();
    assertEquals(List.of("Member", "Interest", "Dispensation"), header);
    assertTrue(
        grid.get(1) > grid.get(0),
        "Interest column " + grid.get(1) + " should be wider than Member column " + grid.get(0));

    SectPr sect = pkg.getDocumentModel().getSections().get(0).getSectPr();
    int textWidth =
        sect.getPgSz().getW().intValue()
            - sect.getPgMar().getLeft().intValue()
            - sect.getPgMar().getRight().intValue();
    assertEquals(textWidth, grid.stream().mapToInt(Integer::intValue).sum(), "grid of " + size);

    for (Tr row : rows(interests)) {
      List<Integer> cellWidths =
          cells(row).stream().map(c -> c.getTcPr().getTcW().getW().intValue()).toList();
      assertEquals(grid, cellWidths, "every cell's w:tcW matches its w:gridCol");
    }
  }

  private static Tbl table(WordprocessingMLPackage pkg, String firstHeading) {
    List<Tbl> tables = new ArrayList<>();
    DocxText.collect(pkg.getMainDocumentPart().getJaxbElement().getBody(), Tbl.class, tables);
    return tables.stream()
        .filter(t -> DocxText.text(cells(rows(t).get(0)).get(0)).strip().equals(firstHeading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table headed " + firstHeading));
  }

  private static List<Tr> rows(Tbl tbl) {
    List<Tr> out = new ArrayList<>();
    for (Object o : tbl.getContent()) {
      if (DocxText.unwrap(o) instanceof Tr tr) {
        out.add(tr);
      }
    }
    return out;
  }

  private static List<Tc> cells(Tr tr) {
    List<Tc> out = new ArrayList<>();
    for (Object o : tr.getContent()) {
      if (DocxText.unwrap(o) instanceof Tc tc) {
        out.add(tc);
      }
    }
    return out;
  }
}
