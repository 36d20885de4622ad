package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

  @Test
  void minutesOfTheSampleMeetingPublicAndFull() throws Exception {
    String meeting = sample("meeting.json");
    CliTest.Run run = CliTest.run("render", meeting, "--minutes", "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    CliTest.Run full =
        CliTest.run("render", meeting, "--minutes", "--full", "--out", dir.toString());
    assertEquals(0, full.status(), full.err());
    String id = "castlebridge-ecc-2025-03-20";
    for (String ext : List.of("pdf", "docx", "html")) {
      assertTrue(Files.isRegularFile(dir.resolve(id + "-minutes." + ext)), ext);
      assertTrue(Files.isRegularFile(dir.resolve(id + "-minutes-full." + ext)), ext);
    }
    String exemptResolution = "the option to extend the grounds maintenance contract";
    String publicText = pdfText(dir.resolve(id + "-minutes.pdf"));
    assertTrue(publicText.contains("Signed as a correct record"), publicText);
    assertTrue(publicText.contains("Item 5: Grounds maintenance contract: extension"), publicText);
    assertFalse(publicText.contains(exemptResolution), "the public minutes withhold item 5");
    assertTrue(pdfText(dir.resolve(id + "-minutes-full.pdf")).contains(exemptResolution));
  }

  @Test
  void minutesAndFullNeedAMeeting() {
    CliTest.Run run =
        CliTest.run(
            "render", sample("lscb-annual-report.json"), "--minutes", "--out", dir.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("lscb-annual-report.json: --minutes needs a meeting"), run.err());
    CliTest.Run full =
        CliTest.run("render", sample("meeting.json"), "--full", "--out", dir.toString());
    assertEquals(2, full.status());
    assertTrue(full.err().contains("--full goes with --minutes"), full.err());
  }

  /** As pack does: the switch means nothing without a translation, so it is refused. */
  @Test
  void englishFirstNeedsATranslation() {
    CliTest.Run alone =
        CliTest.run(
            "render", sample("welsh-decision.json"), "--english-first", "--out", dir.toString());
    assertEquals(2, alone.status());
    assertTrue(alone.err().contains("--english-first goes with --with"), alone.err());
  }

  /** Welsh first whichever file is named first; each part marked with its language. */
  @Test
  void aBilingualNoticeIsWelshFirstWithEachPartMarked() throws Exception {
    String welsh = sample("welsh-decision.json");
    String english = translation("welsh-decision-en.json");
    CliTest.Run run = CliTest.run("render", english, "--with", welsh, "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    String id = "glannau-teifi-acd-2025-06-18-gwasanaeth-bws-612-bilingual";
    Document html =
        Jsoup.parse(Files.readString(dir.resolve(id + ".html"), StandardCharsets.UTF_8));
    assertEquals("cy-GB", html.selectFirst("html").attr("lang"));
    assertTrue(html.selectFirst("h1").text().startsWith("Dyfarnu contract"), "Welsh title first");
    List<String> sectionLanguages =
        html.select("section").stream().map(e -> e.attr("lang")).distinct().toList();
    assertEquals(List.of("", "en-GB"), sectionLanguages, "Welsh sections, then English ones");

    try (PDDocument pdf = Loader.loadPDF(dir.resolve(id + ".pdf").toFile())) {
      assertEquals("cy-GB", pdf.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(
          text.indexOf("Penderfynwyd") < text.indexOf("Resolved"), "the Welsh part comes first");
    }
    assertTrue(
        new String(Files.readAllBytes(dir.resolve(id + ".pdf")), StandardCharsets.ISO_8859_1)
                .contains("/Lang (en-GB)")
            || pdfLanguages(dir.resolve(id + ".pdf")).contains("en-GB"),
        "English parts carry /Lang");
    String document = docxPart(dir.resolve(id + ".docx"), "word/document.xml");
    assertTrue(document.contains("w:lang w:val=\"en-GB\""), "English runs carry w:lang");
  }

  @Test
  void bilingualMinutesFromTheCommandLine() throws Exception {
    CliTest.Run run =
        CliTest.run(
            "render",
            sample("meeting-cy.json"),
            "--with",
            translation("meeting-cy-en.json"),
            "--minutes",
            "--out",
            dir.toString());
    assertEquals(0, run.status(), run.err());
    Document html =
        Jsoup.parse(
            Files.readString(
                dir.resolve("aberwen-safonau-2025-06-12-bilingual-minutes.html"),
                StandardCharsets.UTF_8));
    assertTrue(html.selectFirst("h1").text().startsWith("Cofnodion"), html.title());
    assertEquals(
        "Minutes of the Aberwen County Borough Council Standards Committee, 12 June 2025",
        html.selectFirst("section[lang=en-GB] h2").text());
  }

  /** The Welsh meeting's pack with its English translation: Welsh first, English marked. */
  @Test
  void aBilingualPackFromTheCommandLine() throws Exception {
    Path pack = dir.resolve("pack.pdf");
    CliTest.Run run =
        CliTest.run(
            "pack",
            translation("meeting-cy-en.json"),
            "--with",
            sample("meeting-cy.json"),
            "--out",
            pack.toString());
    assertEquals(0, run.status(), run.err());
    try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
      assertEquals("cy-GB", pdf.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.startsWith("Pwyllgor Safonau"), text);
      assertTrue(
          text.indexOf("Ymddiheuriadau am absenoldeb") < text.indexOf("Apologies for absence"),
          "the Welsh agenda comes first");
      int pages = pdf.getNumberOfPages();
      assertTrue(
          text.contains("Tudalen 1 o " + pages + " · Page 1 of " + pages), "stamps Welsh first");
    }
    assertTrue(pdfLanguages(pack).contains("en-GB"), "the English part carries /Lang");
  }

  /** --english-first puts the English part first, in the pages, stamps and bookmarks. */
  @Test
  void aBilingualPackEnglishFirst() throws Exception {
    Path pack = dir.resolve("pack.pdf");
    CliTest.Run run =
        CliTest.run(
            "pack",
            sample("meeting-cy.json"),
            "--with",
            translation("meeting-cy-en.json"),
            "--english-first",
            "--out",
            pack.toString());
    assertEquals(0, run.status(), run.err());
    try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
      assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.startsWith("Aberwen County Borough Council"), text);
      assertTrue(
          text.indexOf("Apologies for absence") < text.indexOf("Ymddiheuriadau am absenoldeb"),
          "the English agenda comes first");
      int pages = pdf.getNumberOfPages();
      assertTrue(
          text.contains("Page 1 of " + pages + " · Tudalen 1 o " + pages), "stamps English first");
      assertEquals(
          "Front sheet (English)",
          pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
    }
    assertTrue(pdfLanguages(pack).contains("cy-GB"), "the Welsh part carries /Lang");

    CliTest.Run alone =
        CliTest.run(
            "pack",
            sample("meeting-cy.json"),
            "--english-first",
            "--out",
            dir.resolve("alone.pdf").toString());
    assertEquals(2, alone.status(), alone.err());
    assertTrue(alone.err().contains("--english-first goes with --with"), alone.err());
    assertFalse(Files.exists(dir.resolve("alone.pdf")));
  }

  @Test
  void aPackTranslationWithOtherItemsIsRefused() throws Exception {
    Path other = editedTranslation("other-en.json", "\"number\": \"2\"", "\"number\": \"2a\"");
    CliTest.Run run = packWelshMeetingWith(other);
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("other-en.json: "), run.err());
    assertTrue(run.err().contains("$.items[1].number"), run.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(other), files.toList(), "nothing written");
    }
  }

  /**
   * Its agenda is drawn as PDF pages: a character no font has is named before anything is written.
   */
  @Test
  void aPackWithACharacterNoFontHasIsRefusedNamingTheField() throws Exception {
    Path other =
        editedTranslation(
            "hieroglyph-en.json", "\"Apologies for absence\"", "\"Apologies \uD80C\uDC00\"");
    CliTest.Run run = packWelshMeetingWith(other);
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("hieroglyph-en.json: $.items[0].title: "), run.err());
    assertTrue(run.err().contains("U+13000"), run.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(other), files.toList(), "nothing written");
    }
  }

  /** The sample meeting's English translation with one text replaced, written as {@code name}. */
  private Path editedTranslation(String name, String text, String replacement) throws Exception {
    String english =
        Files.readString(
                CliTest.data().resolve("translations/meeting-cy-en.json"), StandardCharsets.UTF_8)
            .replace(text, replacement);
    Path file = dir.resolve(name);
    Files.writeString(file, english, StandardCharsets.UTF_8);
    return file;
  }

  private CliTest.Run packWelshMeetingWith(Path translation) {
    return CliTest.run(
        "pack",
        sample("meeting-cy.json"),
        "--with",
        translation.toString(),
        "--out",
        dir.resolve("pack.pdf").toString());
  }

  @Test
  void twoRecordsThatAreNotTheSameDecisionAreRefused() throws Exception {
    String english =
        Files.readString(
                CliTest.data().resolve("translations/welsh-decision-en.json"),
                StandardCharsets.UTF_8)
            .replace("\"dateOfDecision\": \"2025-06-18\"", "\"dateOfDecision\": \"2025-06-19\"");
    Path other = dir.resolve("other-en.json");
    Files.writeString(other, english, StandardCharsets.UTF_8);
    CliTest.Run run =
        CliTest.run(
            "render",
            sample("welsh-decision.json"),
            "--with",
            other.toString(),
            "--out",
            dir.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(
        run.err().contains("other-en.json: $.dateOfDecision: must be the same as in"), run.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(other), files.toList(), "nothing written");
    }
  }

  @Test
  void letteredExemptionParagraphsValidateAndMixingIsRefused() throws Exception {
    String welsh =
        Files.readString(CliTest.data().resolve("welsh-decision.json"), StandardCharsets.UTF_8);
    String paragraphs = "\"paragraphs\": [\n      14\n    ]";
    assertTrue(welsh.contains(paragraphs));
    Path standards = dir.resolve("standards.json");
    Files.writeString(standards, welsh.replace(paragraphs, "\"paragraphs\": [\"18A\"]"));
    CliTest.Run valid = CliTest.run("validate", standards.toString());
    assertEquals(0, valid.status(), valid.err());
    CliTest.Run rendered =
        CliTest.run("render", standards.toString(), "--format", "html", "--out", dir.toString());
    assertEquals(0, rendered.status(), rendered.err());
    String html =
        Files.readString(dir.resolve(sampleId("welsh-decision") + ".html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("o dan baragraff 18A o Ran 4 o Atodlen 12A"), html);

    Path mixed = dir.resolve("mixed.json");
    Files.writeString(mixed, welsh.replace(paragraphs, "\"paragraphs\": [\"7A\", 14]"));
    CliTest.Run refused = CliTest.run("validate", mixed.toString());
    assertEquals(2, refused.status());
    assertTrue(
        refused.err().contains("mixed.json: $.exempt.paragraphs: must not mix"), refused.err());
  }

  private static String translation(String name) {
    return CliTest.data().resolve("translations").resolve(name).toString();
  }

  private static String pdfText(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<String> pdfLanguages(Path pdf) throws Exception {
    return org.decisionnotices.render.testkit.pdf.PdfStructure.read(Files.readAllBytes(pdf))
        .elements()
        .stream()
        .map(org.decisionnotices.render.testkit.pdf.PdfStructure.Element::language)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  private static String docxPart(Path docx, String name) throws Exception {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
