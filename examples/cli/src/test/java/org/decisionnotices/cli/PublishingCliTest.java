package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clerk publishes from the command line: drafts, minutes and bilingual documents. */
class PublishingCliTest {
  @TempDir Path dir;

  private static String sample(String name) {
    return CliTest.data().resolve(name).toString();
  }

  @Test
  void aDraftIsMarkedInEveryFormatAndReadsLikeTheFinal() throws Exception {
    String record = sample("welsh-decision.json");
    CliTest.Run fin = CliTest.run("render", record, "--out", dir.resolve("final").toString());
    CliTest.Run draft =
        CliTest.run("render", record, "--draft", "--out", dir.resolve("draft").toString());
    assertEquals(0, fin.status(), fin.err());
    assertEquals(0, draft.status(), draft.err());
    String id = "welsh-decision";
    try (PDDocument f =
            Loader.loadPDF(dir.resolve("final").resolve(sampleId(id) + ".pdf").toFile());
        PDDocument d =
            Loader.loadPDF(dir.resolve("draft").resolve(sampleId(id) + ".pdf").toFile())) {
      assertEquals(new PDFTextStripper().getText(f), new PDFTextStripper().getText(d));
      assertTrue(d.getDocumentInformation().getTitle().startsWith("Drafft: "));
    }
    String html =
        Files.readString(
            dir.resolve("draft").resolve(sampleId(id) + ".html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), html);
    assertTrue(html.contains(">DRAFFT</p>"), html);
  }

  /** The id inside the sample file, which names the output. */
  static String sampleId(String name) throws Exception {
    return org.decisionnotices.model.json.DecisionJson.readRecord(
            CliTest.data().resolve(name + ".json"))
        .id();
  }
}
