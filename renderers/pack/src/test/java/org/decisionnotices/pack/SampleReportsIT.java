package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.Test;

/**
 * The committed sample reports in examples/data/reports are small, tagged PDF/UA-1 and PDF/A-2a.
 */
class SampleReportsIT {
  @Test
  void sampleReportsConform() throws Exception {
    VeraPdf vera = new VeraPdf();
    List<Path> reports;
    try (Stream<Path> files = Files.list(Path.of("../../examples/data/reports"))) {
      reports = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(4, reports.size());
    for (Path report : reports) {
      assertTrue(Files.size(report) < 50_000, report + " is over 50 KB");
      assertEquals(List.of(), vera.failures(Files.readAllBytes(report)), report.toString());
    }
  }
}
