package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.decisionnotices.model.Meeting;

/**
 * Mutated report PDFs go into a pack: the outcome is a pack that PDFBox reads back with as many
 * pages as the pack says, or a {@link PackInputException} naming the file; nothing else escapes
 * (issue 13). In every build this replays the inputs stored in PackFuzzTestInputs (small real-world
 * PDFs from the corpus, and every input that once failed); {@code -Pfuzz} mutates them in search of
 * new failures. CorpusIT holds each real-world file to qpdf and poppler as well.
 */
class PackFuzzTest {
  private static final AgendaPack PACK = AgendaPack.builder().build();
  private static final Meeting MEETING = ReportMeeting.of("report.pdf");
  private static Path folder;

  private static Path folder() throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("pack-fuzz");
      folder.toFile().deleteOnExit();
    }
    return folder;
  }

  // How long -Pfuzz runs it; a normal build only replays the stored inputs.
  @FuzzTest(maxDuration = "30m")
  void mutatedReportsMergeOrAreRefusedByName(byte[] pdf) throws Exception {
    Path report = folder().resolve("report.pdf");
    Files.write(report, pdf);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PackResult result = PACK.write(MEETING, folder(), out);
      try (PDDocument pack = Loader.loadPDF(out.toByteArray())) {
        assertEquals(result.pageCount(), pack.getNumberOfPages());
      }
    } catch (PackInputException e) {
      assertFalse(e.problems().isEmpty());
      assertEquals("report.pdf", e.problems().get(0).file());
    } finally {
      report.toFile().delete();
    }
  }
}
