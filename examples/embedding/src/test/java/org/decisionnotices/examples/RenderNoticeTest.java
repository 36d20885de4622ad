package org.decisionnotices.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderNoticeTest {
  @TempDir Path dir;

  static Path seed() {
    return Samples.dataDirectory().resolve("lscb-annual-report.json");
  }

  @Test
  void theExampleWritesAPdfOfTheSeed() throws Exception {
    Path pdf = dir.resolve("notice.pdf");
    RenderNotice.render(seed(), pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF file");
    assertTrue(bytes.length > 5_000, "more than an empty page: " + bytes.length);
  }

  @Test
  void discoveryFindsEveryFormat() {
    assertEquals(Set.of(Format.PDF, Format.DOCX, Format.HTML), DecisionNotices.create().formats());
  }
}
