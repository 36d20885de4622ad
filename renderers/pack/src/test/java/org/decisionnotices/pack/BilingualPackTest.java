package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.pack.PackReading.Mark;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.decisionnotices.render.testkit.pdf.PdfStructure.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bilingual pack of the Welsh sample meeting and its English translation: Welsh first, whichever
 * is given first, each part worded in its own language and marked with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilingualPackTest {
  private Meeting welsh;
  private Meeting english;
  private byte[] pack;

  @BeforeAll
  void writePack() throws Exception {
    Path data = Samples.dataDirectory();
    welsh = DecisionJson.readMeeting(data.resolve("meeting-cy.json"));
    english = DecisionJson.readMeeting(data.resolve("translations/meeting-cy-en.json"));
    pack = write(english, welsh, data);
  }

  static byte[] write(Meeting meeting, Meeting translation, Path folder) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().build().write(meeting, translation, folder, out);
    return out.toByteArray();
  }

  /** The sample Welsh meeting's bilingual pack, English given first. */
  static byte[] samplePack() throws Exception {
    Path data = Samples.dataDirectory();
    return write(
        DecisionJson.readMeeting(data.resolve("translations/meeting-cy-en.json")),
        DecisionJson.readMeeting(data.resolve("meeting-cy.json")),
        data);
  }

  @Test
  void welshFrontSheetAndAgendaComeFirstThenEnglishMarkedWithItsLanguage() throws Exception {
    PdfStructure structure = PdfStructure.read(pack);
    List<Element> titles = structure.ofType("H1");
    assertEquals(
        List.of(welsh.body(), english.body(), "Agenda", "Agenda"),
        titles.stream().map(Element::text).toList());
    List<String> languages = new ArrayList<>();
    titles.forEach(e -> languages.add(e.language()));
    assertEquals(java.util.Arrays.asList(null, "en-GB", null, "en-GB"), languages);

    List<String> headings = structure.ofType("H2").stream().map(Element::text).toList();
    List<String> expected = new ArrayList<>();
    for (Meeting meeting : List.of(welsh, english)) {
      for (AgendaItem item : meeting.items()) {
        expected.add(item.number() + ". " + item.title());
      }
    }
    assertTrue(headings.containsAll(expected), headings.toString());
    assertTrue(
        headings.indexOf(expected.get(0)) < headings.indexOf(expected.get(welsh.items().size())),
        "the Welsh agenda before the English");

    // Every English section is marked; no Welsh one needs to be (the document is Welsh).
    List<Element> sections = structure.ofType("Sect");
    assertTrue(sections.stream().anyMatch(e -> "en-GB".equals(e.language())));
    for (Element section : sections) {
      boolean englishText =
          english.items().stream()
              .anyMatch(i -> section.text().startsWith(i.number() + ". " + i.title()));
      if (englishText) {
        assertEquals("en-GB", section.language(), section.text());
      }
      boolean welshText =
          welsh.items().stream()
              .anyMatch(i -> section.text().startsWith(i.number() + ". " + i.title()));
      if (welshText) {
        assertEquals(null, section.language(), section.text());
      }
    }

    try (PDDocument pdf = Loader.loadPDF(pack)) {
      assertEquals("cy-GB", pdf.getDocumentCatalog().getLanguage());
      List<String> texts = PackReading.pageTexts(pdf);
      assertTrue(texts.get(0).startsWith(welsh.body()), texts.get(0));
      String all = String.join(" ", texts);
      // The exempt item's statement in both languages, its reasoning in neither (public pack).
      assertTrue(all.contains("Ddim i’w gyhoeddi"), all);
      assertTrue(all.contains("paragraph 18C of Part 4 of Schedule 12A"), all);
      assertFalse(all.contains(english.items().get(4).exempt().reason()));
      assertFalse(all.contains(welsh.items().get(4).exempt().reason()));
    }
  }

  /** Every page ends with its number in both languages, Welsh first, drawn as an artifact. */
  @Test
  void everyPageIsNumberedInWelshThenEnglishAsAnArtifact() throws Exception {
    assertStamps(pack, "Tudalen %d o %d · Page %d of %d");
  }

  static void assertStamps(byte[] pack, String stamp) throws Exception {
    List<String> texts;
    try (PDDocument pdf = Loader.loadPDF(pack)) {
      texts = PackReading.pageTexts(pdf);
    }
    int pages = texts.size();
    assertTrue(pages > 1, "more than one page to number");
    List<String> artifacts = PdfStructure.read(pack).artifactText();
    String reading = PdfStructure.read(pack).readingText();
    for (int p = 1; p <= pages; p++) {
      String expected = String.format(stamp, p, pages, p, pages);
      // The stamp is drawn last on the page.
      assertTrue(texts.get(p - 1).endsWith(expected), "page " + p + ": " + texts.get(p - 1));
      assertTrue(artifacts.contains(expected), "page " + p + " stamp as an artifact: " + artifacts);
      assertFalse(reading.contains(expected), "page " + p + " stamp kept out of the structure");
    }
  }

  /**
   * The two-language stamp stays in the foot of the page, between the side margins of the pack's
   * own pages (62 pt), and below their footer line; even a pack of hundreds of pages would fit.
   */
  @Test
  void bilingualStampFitsTheFootOfThePage() throws Exception {
    float margin = 62;
    try (PDDocument pdf = Loader.loadPDF(fullPackWithReports())) {
      int pages = pdf.getNumberOfPages();
      for (int p = 1; p <= pages; p++) {
        String stamp = "Tudalen " + p + " o " + pages + " · Page " + p + " of " + pages;
        List<TextPosition> glyphs = PackReading.glyphs(pdf, p, stamp);
        assertEquals(stamp.length(), glyphs.size(), "page " + p);
        float width = pdf.getPage(p - 1).getMediaBox().getWidth();
        float height = pdf.getPage(p - 1).getMediaBox().getHeight();
        for (TextPosition glyph : glyphs) {
          assertTrue(glyph.getXDirAdj() >= margin, "page " + p + " left");
          assertTrue(glyph.getXDirAdj() + glyph.getWidthDirAdj() <= width - margin, "right");
          assertTrue(height - glyph.getYDirAdj() < 34, "page " + p + " below the footer line");
        }
      }
    }
    try (PDDocument doc = new PDDocument();
        InputStream font =
            getClass()
                .getClassLoader()
                .getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
      float wide =
          PDType0Font.load(doc, font, false).getStringWidth("Tudalen 999 o 999 · Page 999 of 999")
              * 9
              / 1000;
      assertTrue(wide < PDRectangle.A4.getWidth() - 2 * margin, wide + " pt");
    }
  }

  /**
   * Each language's front sheet and agenda are bookmarked in that language and go to its pages;
   * each item has one bookmark with both its titles, Welsh first.
   */
  @Test
  void bookmarksCarryBothLanguagesWelshFirst() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(pack)) {
      List<String> texts = PackReading.pageTexts(pdf);
      List<Mark> marks = PackReading.bookmarks(pdf);
      List<String> titles = marks.stream().map(Mark::title).toList();
      List<String> expected = new ArrayList<>();
      expected.add("Taflen flaen (Cymraeg)");
      expected.add("Front sheet (English)");
      expected.add("Agenda (Cymraeg)");
      expected.add("Agenda (English)");
      for (int i = 0; i < welsh.items().size(); i++) {
        expected.add(
            welsh.items().get(i).number()
                + ". "
                + welsh.items().get(i).title()
                + " / "
                + english.items().get(i).title());
      }
      assertEquals(expected, titles);

      assertEquals(0, marks.get(0).page());
      assertTrue(texts.get(marks.get(1).page()).startsWith(english.body()));
      String welshAgenda = texts.get(marks.get(2).page());
      String englishAgenda = texts.get(marks.get(3).page());
      assertTrue(welshAgenda.contains(welsh.items().get(0).title()), welshAgenda);
      assertTrue(englishAgenda.contains(english.items().get(0).title()), englishAgenda);
      assertTrue(marks.get(1).page() < marks.get(2).page());
      assertTrue(marks.get(2).page() < marks.get(3).page());
      // Items without documents go to their entry in the first language's agenda.
      assertEquals(marks.get(2).page(), marks.get(4).page());
    }
  }

  /** Asked for English first, every part, stamp and bookmark puts English first. */
  @Test
  void englishFirstWhenAsked() throws Exception {
    byte[] englishFirst = englishFirstPack();
    PdfStructure structure = PdfStructure.read(englishFirst);
    List<Element> titles = structure.ofType("H1");
    assertEquals(
        List.of(english.body(), welsh.body(), "Agenda", "Agenda"),
        titles.stream().map(Element::text).toList());
    assertEquals(
        java.util.Arrays.asList(null, "cy-GB", null, "cy-GB"),
        titles.stream().map(Element::language).toList());
    assertStamps(englishFirst, "Page %d of %d · Tudalen %d o %d");
    try (PDDocument pdf = Loader.loadPDF(englishFirst)) {
      assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
      List<String> marks = PackReading.bookmarks(pdf).stream().map(Mark::title).toList();
      assertEquals(
          List.of(
              "Front sheet (English)",
              "Taflen flaen (Cymraeg)",
              "Agenda (English)",
              "Agenda (Cymraeg)",
              "1. " + english.items().get(0).title() + " / " + welsh.items().get(0).title()),
          marks.subList(0, 5));
    }
    assertTrue(AgendaPack.builder().englishFirst(true).build().isEnglishFirst());
    assertFalse(AgendaPack.builder().build().isEnglishFirst());
  }

  /** The sample pack English first, the Welsh meeting given first. */
  static byte[] englishFirstPack() throws Exception {
    Path data = Samples.dataDirectory();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder()
        .englishFirst(true)
        .build()
        .write(
            DecisionJson.readMeeting(data.resolve("meeting-cy.json")),
            DecisionJson.readMeeting(data.resolve("translations/meeting-cy-en.json")),
            data,
            out);
    return out.toByteArray();
  }

  /**
   * The full pack of the English sample meeting, with its reports, and a Welsh translation: the
   * exempt report's pages say "Not for publication" in both languages, and the reports' bookmarks
   * pair their titles with the translation's.
   */
  @Test
  void fullPackWithReportsStampsAndBookmarksBothLanguages() throws Exception {
    Meeting meeting = DecisionJson.readMeeting(Samples.dataDirectory().resolve("meeting.json"));
    Meeting cymraeg = welshOf(meeting);
    byte[] full = fullPackWithReports();
    assertStamps(full, "Tudalen %d o %d · Page %d of %d");
    try (PDDocument pdf = Loader.loadPDF(full)) {
      List<String> texts = PackReading.pageTexts(pdf);
      List<Mark> marks = PackReading.bookmarks(pdf);
      Mark exempt = marks.get(4 + 4);
      assertEquals(
          "5. "
              + cymraeg.items().get(4).title()
              + " (Ddim i’w gyhoeddi) / Grounds maintenance contract: extension (Not for"
              + " publication)",
          exempt.title());
      Mark report = exempt.children().get(0);
      assertEquals(
          cymraeg.items().get(4).documents().get(0).title()
              + " / Grounds maintenance contract: extension (exempt report)",
          report.title());
      assertFalse(report.children().isEmpty(), "the report's own bookmarks stay beneath");
      Mark parks = marks.get(4 + 3);
      assertEquals(2, parks.children().size());
      assertEquals(
          cymraeg.items().get(3).documents().get(1).title()
              + " / Appendix A – Consultation summary",
          parks.children().get(1).title());

      String header = "Ddim i’w gyhoeddi · Not for publication";
      int exemptPages = 0;
      for (int p = 0; p < texts.size(); p++) {
        // The exempt item is the last: its report runs to the end of the pack.
        boolean inExempt = p >= exempt.page();
        assertEquals(
            inExempt,
            texts.get(p).contains(header + " Tudalen " + (p + 1) + " o "),
            "page " + (p + 1) + ": " + texts.get(p));
        exemptPages += inExempt ? 1 : 0;
      }
      assertTrue(exemptPages > 1, "the exempt report has pages");
    }
  }

  static byte[] fullPackWithReports() throws Exception {
    Path data = Samples.dataDirectory();
    Meeting meeting = DecisionJson.readMeeting(data.resolve("meeting.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().full(true).build().write(meeting, welshOf(meeting), data, out);
    return out.toByteArray();
  }

  /** {@code meeting} with Welsh words for its titles, standing in for a translator's file. */
  static Meeting welshOf(Meeting meeting) {
    List<AgendaItem> items = new ArrayList<>();
    for (AgendaItem item : meeting.items()) {
      List<DocumentRef> documents = new ArrayList<>();
      for (DocumentRef document : item.documents()) {
        documents.add(
            DocumentRef.ofFile(
                "Dogfen " + (documents.size() + 1) + " eitem " + item.number(), document.file()));
      }
      items.add(
          new AgendaItem(
              item.number(),
              "Eitem " + item.number() + " yn Gymraeg",
              null,
              item.exempt(),
              documents,
              null));
    }
    return new Meeting(
        meeting.id() + "-cy",
        "Pwyllgor Safonau",
        meeting.date(),
        meeting.time(),
        meeting.venue(),
        java.util.Locale.forLanguageTag("cy-GB"),
        meeting.contact(),
        meeting.members(),
        items);
  }

  @Test
  void translationWithOtherItemsIsRefusedNamingTheField() throws Exception {
    List<AgendaItem> items = new ArrayList<>(english.items());
    AgendaItem first = items.get(0);
    items.set(
        0,
        new AgendaItem(
            "1a", first.title(), first.purpose(), first.exempt(), first.documents(), null));
    Meeting renumbered =
        new Meeting(
            english.id(),
            english.body(),
            english.date(),
            english.time(),
            english.venue(),
            english.language(),
            english.contact(),
            english.members(),
            items);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> write(welsh, renumbered, Samples.dataDirectory()));
    assertTrue(e.getMessage().contains("$.items[0].number"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> write(welsh, welsh, Samples.dataDirectory()));
  }
}
