package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The record at the model's limits, as a PDF of more than 40 pages, still passes veraPDF. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LargestRecordIT {
  @Test
  void pdfConforms() throws Exception {
    byte[] pdf = LargestRecordTest.render(LargestRecordTest.largest(), Format.PDF);
    assertEquals(List.of(), new VeraPdf().failures(pdf));
  }
}
