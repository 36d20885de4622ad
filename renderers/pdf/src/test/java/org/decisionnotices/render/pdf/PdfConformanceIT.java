package org.decisionnotices.render.pdf;

import static org.decisionnotices.render.pdf.PdfRendererTest.branded;
import static org.decisionnotices.render.pdf.PdfRendererTest.longCabinet;
import static org.decisionnotices.render.pdf.PdfRendererTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** veraPDF's verdict (PDF/UA-1 and PDF/A-2a) on the notices {@link PdfRendererTest} reads back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfConformanceIT {
  private VeraPdf vera;

  @BeforeAll
  void loadValidator() throws Exception {
    vera = new VeraPdf();
  }

  @Test
  void validatorReportsFailuresOfAnUntaggedPdf() throws Exception {
    // Guards the check itself: a plain PDFBox page must fail, naming clauses.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }
    List<String> failures = vera.failures(out.toByteArray());
    assertTrue(
        failures.stream().anyMatch(f -> f.startsWith("ua1") && f.contains("clause")),
        failures.toString());
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("2a")), failures.toString());
  }

  @Test
  void everySampleConforms() throws Exception {
    List<String> failures = new ArrayList<>();
    List<Sample> samples = Samples.records();
    assertFalse(samples.isEmpty(), "no samples found");
    for (Sample sample : samples) {
      for (String failure :
          vera.failures(render(PdfRendererTest.layout(null, sample), RenderOptions.defaults()))) {
        failures.add(sample.name() + ": " + failure);
      }
    }
    assertTrue(failures.isEmpty(), "veraPDF failures:\n" + String.join("\n", failures));
  }

  @Test
  void longRecordOverPagesConforms() throws Exception {
    assertEquals(List.of(), vera.failures(render(longCabinet(), RenderOptions.defaults())));
  }

  @Test
  void brandedNoticeConforms() throws Exception {
    assertEquals(List.of(), vera.failures(render(longCabinet(), branded())));
  }

  @Test
  void tableOverPagesWithRepeatedHeaderConforms() throws Exception {
    assertEquals(
        List.of(), vera.failures(render(PdfRendererTest.longTable(), RenderOptions.defaults())));
  }

  @Test
  void sectionInAnotherLanguageConforms() throws Exception {
    assertEquals(
        List.of(), vera.failures(render(PdfRendererTest.welshSection(), RenderOptions.defaults())));
  }

  @Test
  void koreanSectionConforms() throws Exception {
    assertEquals(
        List.of(),
        vera.failures(render(PdfRendererTest.koreanSection(), RenderOptions.defaults())));
  }

  @Test
  void emptyTableCellIsStillACell() throws Exception {
    Table table =
        new Table(
            "Members",
            List.of("Name", "Role"),
            List.of(List.of("Councillor A", "Chair"), List.of("Councillor B", "")));
    Notice notice =
        new Notice(
            "empty-cell",
            "Membership",
            Locale.UK,
            java.time.LocalDate.of(2025, 6, 5),
            List.of(new Section("members", "Members", null, List.<Part>of(table))));
    assertEquals(
        List.of(),
        vera.failures(render(notice, RenderOptions.defaults())),
        "rows need as many cells as the header (UA 7.2-43)");
  }
}
