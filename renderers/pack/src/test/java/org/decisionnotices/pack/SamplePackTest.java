package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.pack.PackReading.GoToLink;
import org.decisionnotices.pack.PackReading.Mark;
import org.decisionnotices.pack.internal.SampleReports;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packs of the example meeting, examples/data/meeting.json, with its committed sample reports (all
 * tagged; item 5 is exempt), read back with PDFBox; {@link PackConformanceIT} runs them through
 * veraPDF.
 */
class SamplePackTest {
  private static final Path FOLDER = Samples.dataDirectory();
  private static Meeting meeting;
  private static byte[] publicPack;
  private static byte[] fullPack;

  @BeforeAll
  static void build() throws Exception {
    meeting = DecisionJson.readMeeting(FOLDER.resolve("meeting.json"));
    publicPack = pack(false);
    fullPack = pack(true);
  }

  private static byte[] pack(boolean full) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackResult result = AgendaPack.builder().full(full).build().write(meeting, FOLDER, out);
    assertEquals(List.of(), result.warnings(), "the sample reports are all tagged");
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertEquals(pdf.getNumberOfPages(), result.pageCount());
    }
    return out.toByteArray();
  }

  @Test
  void samePackTwiceGivesTheSameBytes() throws Exception {
    // Built here rather than compared with publicPack, so the two runs are seconds apart.
    byte[] again = pack(false);
    assertArrayEquals(publicPack, again);
    assertFalse(java.util.Arrays.equals(publicPack, fullPack), "a different pack is different");
    try (PDDocument pdf = Loader.loadPDF(again)) {
      Calendar created = pdf.getDocumentInformation().getCreationDate();
      Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      midnight.clear();
      midnight.set(
          meeting.date().getYear(),
          meeting.date().getMonthValue() - 1,
          meeting.date().getDayOfMonth());
      assertEquals(
          midnight.getTimeInMillis(),
          created.getTimeInMillis(),
          "dated the meeting's day, 00:00 UTC");
    }
  }

  @Test
  void markInfoSaysMarkedAndNothingElse() throws Exception {
    // The merger copies the reports' flags and writes /Suspects false, which poppler rejects
    // ("Suspects object is wrong type (boolean)"); the pack must say only /Marked true.
    for (byte[] pack : List.of(publicPack, fullPack)) {
      try (PDDocument pdf = Loader.loadPDF(pack)) {
        COSDictionary markInfo = pdf.getDocumentCatalog().getMarkInfo().getCOSObject();
        assertEquals(java.util.Set.of(COSName.getPDFName("Marked")), markInfo.keySet());
        assertTrue(markInfo.getBoolean(COSName.getPDFName("Marked"), false));
      }
    }
  }

  @Test
  void reportsKeepTheirStructureInThePack() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(publicPack)) {
      // PDFBox's merger puts each document's Document element, as a Part, under one Document:
      // the pack's own pages, then one per merged report (3 in the public pack).
      COSDictionary top = (COSDictionary) pdf.getDocumentCatalog().getStructureTreeRoot().getK();
      assertEquals(COSName.DOCUMENT, top.getCOSName(COSName.S));
      COSArray parts = top.getCOSArray(COSName.K);
      assertEquals(4, parts.size());
      for (int i = 0; i < parts.size(); i++) {
        assertEquals(COSName.PART, ((COSDictionary) parts.getObject(i)).getCOSName(COSName.S));
      }
      String xmp =
          new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "every report claims PDF/UA");
      assertFalse(xmp.contains("pdfaid:part"), "PDF/A is not checked for merged reports");
    }
  }

  @Test
  void bookmarksNameEveryItemWithItsDocumentsBeneath() throws Exception {
    for (byte[] pack : List.of(publicPack, fullPack)) {
      try (PDDocument pdf = Loader.loadPDF(pack)) {
        List<Mark> marks = PackReading.bookmarks(pdf);
        List<String> texts = PackReading.pageTexts(pdf);
        List<String> itemTitles = new ArrayList<>();
        for (Mark mark : marks.subList(2, marks.size())) {
          itemTitles.add(mark.title().replace(" (Not for publication)", ""));
        }
        List<String> expected = new ArrayList<>();
        for (AgendaItem item : meeting.items()) {
          expected.add(item.number() + ". " + item.title());
        }
        assertEquals(expected, itemTitles);
        assertEquals(0, marks.get(0).page(), "front sheet");
        assertTrue(texts.get(marks.get(1).page()).startsWith("Agenda"));

        for (int i = 0; i < meeting.items().size(); i++) {
          AgendaItem item = meeting.items().get(i);
          Mark mark = marks.get(i + 2);
          boolean withheld = item.isExempt() && pack == publicPack;
          if (item.documents().isEmpty() || withheld) {
            assertEquals(List.of(), mark.children(), item.number());
            assertTrue(texts.get(mark.page()).contains(item.title()), "goes to its agenda entry");
            continue;
          }
          List<String> documentTitles = mark.children().stream().map(Mark::title).toList();
          assertEquals(item.documents().stream().map(DocumentRef::title).toList(), documentTitles);
          assertEquals(
              mark.children().get(0).page(), mark.page(), "item goes to its first document");
          for (Mark document : mark.children()) {
            // Each sample report's first line is its title.
            assertTrue(
                texts.get(document.page()).startsWith(document.title()),
                document.title() + " on page " + (document.page() + 1));
            assertFalse(document.children().isEmpty(), "the report's own bookmarks are kept");
          }
        }
      }
    }
  }

  @Test
  void everyPageIsNumberedAndLabelled() throws Exception {
    for (byte[] pack : List.of(publicPack, fullPack)) {
      try (PDDocument pdf = Loader.loadPDF(pack)) {
        List<String> texts = PackReading.pageTexts(pdf);
        int pages = texts.size();
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        assertEquals(pages, labels.length);
        for (int p = 0; p < pages; p++) {
          assertTrue(texts.get(p).endsWith("Page " + (p + 1) + " of " + pages), texts.get(p));
          assertEquals(Integer.toString(p + 1), labels[p]);
        }
      }
    }
  }

  @Test
  void agendaPageReferencesAreLinksToWhereEachItemStarts() throws Exception {
    for (byte[] pack : List.of(publicPack, fullPack)) {
      try (PDDocument pdf = Loader.loadPDF(pack)) {
        List<String> texts = PackReading.pageTexts(pdf);
        List<GoToLink> links = PackReading.goToLinks(pdf);
        List<GoToLink> expected = new ArrayList<>();
        for (AgendaItem item : meeting.items()) {
          if (item.documents().isEmpty() || (item.isExempt() && pack == publicPack)) {
            continue;
          }
          int start = firstPageStartingWith(texts, item.documents().get(0).title());
          assertTrue(
              texts.get(1).contains("Page " + (start + 1)), "agenda shows page " + (start + 1));
          expected.add(
              new GoToLink(1, start, "Item " + item.number() + " starts on page " + (start + 1)));
        }
        assertEquals(expected, links);
        assertEquals(pack == publicPack ? 2 : 3, links.size());
      }
    }
  }

  @Test
  void publicPackWithholdsTheExemptReport() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(publicPack)) {
      String all = String.join(" ", PackReading.pageTexts(pdf));
      assertFalse(all.contains(SampleReports.EXEMPT_SENTENCE));
      assertFalse(all.contains("Greenway Landscapes"));
      assertFalse(all.contains("To consider whether to use the option"), "nor the item's purpose");
      assertTrue(all.contains("5. Grounds maintenance contract: extension"));
      assertTrue(
          all.contains("paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"));
    }
    assertFalse(new String(publicPack, StandardCharsets.ISO_8859_1).contains("Greenway"));
  }

  @Test
  void fullPackMarksEveryExemptPageNotForPublication() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(fullPack)) {
      List<String> texts = PackReading.pageTexts(pdf);
      assertTrue(String.join(" ", texts).contains(SampleReports.EXEMPT_SENTENCE));
      Mark exempt = PackReading.bookmarks(pdf).get(2 + 4);
      assertEquals(
          "5. Grounds maintenance contract: extension (Not for publication)", exempt.title());
      int first = exempt.page();
      int pages;
      try (PDDocument report =
          Loader.loadPDF(
              FOLDER.resolve("reports/item-5-grounds-maintenance-exempt-report.pdf").toFile())) {
        pages = report.getNumberOfPages();
      }
      assertTrue(pages > 1);
      String stamp = "Not for publication Page ";
      for (int p = 0; p < texts.size(); p++) {
        boolean inExemptReport = p >= first && p < first + pages;
        // The stamp is drawn last on the page: header, then the page number.
        assertEquals(
            inExemptReport, texts.get(p).contains(stamp + (p + 1) + " of "), "page " + (p + 1));
      }
    }
  }

  private static int firstPageStartingWith(List<String> texts, String title) throws IOException {
    for (int p = 0; p < texts.size(); p++) {
      if (texts.get(p).startsWith(title)) {
        return p;
      }
    }
    throw new AssertionError("no page starts with " + title);
  }
}
