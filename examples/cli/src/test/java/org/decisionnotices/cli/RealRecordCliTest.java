package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision record as a council published it (Guildford, ref. 4305; see real/README.md): validate
 * accepts it, warning of the reasons and alternatives it does not give, and render writes all three
 * formats with its text.
 */
class RealRecordCliTest {
  private static final String NAME = "guildford-4305-unit-19-slyfield-lease";

  @TempDir Path dir;

  private Path record() throws Exception {
    Path file = dir.resolve(NAME + ".json");
    try (InputStream in = getClass().getResourceAsStream("real/" + NAME + ".json")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void validatesWithTheWarningsTheLawGives() throws Exception {
    Path file = record();
    Run run = CliTest.run("validate", file.toString());
    assertEquals(0, run.status(), run.err());
    List<String> warnings = run.err().lines().toList();
    assertTrue(warnings.stream().anyMatch(w -> w.contains("$.reasons")), run.err());
    assertTrue(warnings.stream().anyMatch(w -> w.contains("$.alternativesConsidered")), run.err());
  }

  @Test
  void rendersInEveryFormat() throws Exception {
    Path file = record();
    Path out = dir.resolve("out");
    Run run = CliTest.run("render", file.toString(), "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    try (PDDocument pdf = Loader.loadPDF(out.resolve(NAME + ".pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("Unit 19 Slyfield Enterprise Estate"), text);
      assertTrue(text.contains("£8,000 per annum"), text);
      assertTrue(text.contains("Bellfields & Slyfield"), text);
    }
    String html = Files.readString(out.resolve(NAME + ".html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Bellfields &amp; Slyfield"), html);
    assertTrue(html.contains("The agreed term is 3 years"), html);
    try (ZipFile docx = new ZipFile(out.resolve(NAME + ".docx").toFile())) {
      String body =
          new String(
              docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(body.contains("Francesca Kosh"), body);
      assertTrue(body.contains("First Class Flooring Limited"), body);
    }
  }
}
