package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.decisionnotices.model.AgendaItem;
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
      // Page numbers and bookmarks in the first language.
      assertTrue(texts.get(0).endsWith("Tudalen 1 o " + texts.size()), texts.get(0));
      List<Mark> marks = PackReading.bookmarks(pdf);
      assertEquals("Taflen flaen", marks.get(0).title());
      assertEquals("1. " + welsh.items().get(0).title(), marks.get(2).title());
      int agenda = marks.get(1).page();
      assertTrue(
          texts.get(agenda).contains("Agenda " + welsh.items().get(0).number()), texts.get(agenda));
    }
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
