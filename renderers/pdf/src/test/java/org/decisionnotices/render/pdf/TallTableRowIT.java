package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Table rows split over pages still pass veraPDF (PDF/UA-1 and PDF/A-2a). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TallTableRowIT {
  private VeraPdf vera;

  @BeforeAll
  void loadValidator() throws Exception {
    vera = new VeraPdf();
  }

  @Test
  void summaryRowSplitOverPagesConforms() throws Exception {
    byte[] pdf =
        PdfRendererTest.render(TallTableRowTest.summaryRowNotice(), RenderOptions.defaults());
    assertEquals(List.of(), vera.failures(pdf));
  }

  @Test
  void dataRowSplitOverPagesConforms() throws Exception {
    byte[] pdf =
        PdfRendererTest.render(TallTableRowTest.tallDataRowNotice(), RenderOptions.defaults());
    assertEquals(List.of(), vera.failures(pdf));
  }
}
