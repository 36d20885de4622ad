package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.pack.PackReading.GoToLink;
import org.decisionnotices.pack.PackReading.Mark;
import org.decisionnotices.pack.internal.TestPdfs;
import org.decisionnotices.pack.internal.TestPdfs.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs of meetings made up in the test, with report PDFs generated into a temporary folder. */
class GeneratedPackTest {
  private static final String SECRET = "The sealed bid from Northgate Mowing was the lowest.";

  @TempDir Path folder;

  private static Meeting meeting(List<AgendaItem> items) {
    return ReportMeeting.withItems("test-meeting", items);
  }

  private static AgendaItem item(
      String number, String title, Exemption exempt, DocumentRef... docs) {
    return new AgendaItem(
        number, title, Prose.parse("Purpose of " + title + "."), exempt, List.of(docs), null);
  }

  private static List<Section> sections(String title, int pages, String sentence) {
    List<Section> sections = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      Section section = new Section(title + " part " + (p + 1), List.of(sentence));
      sections.add(p == 0 ? section : section.onNewPage());
    }
    return sections;
  }

  @Test
  void namedDestinationsInAReportStillLeadToItsPages() throws Exception {
    Path plain = folder.resolve("plain.pdf");
    TestPdfs.untagged(plain, "Named", 3);
    try (PDDocument report = Loader.loadPDF(plain.toFile())) {
      PDDestinationNameTreeNode dests = new PDDestinationNameTreeNode();
      dests.setNames(Map.of("second", fit(report.getPage(1)), "third", fit(report.getPage(2))));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(report.getDocumentCatalog());
      names.setDests(dests);
      report.getDocumentCatalog().setNames(names);
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(50, 50, 100, 20));
      PDActionGoTo goTo = new PDActionGoTo();
      goTo.setDestination(new PDNamedDestination("third"));
      link.setAction(goTo);
      link.setContents("Go to the third page");
      report.getPage(0).getAnnotations().add(link);
      PDDocumentOutline outline = new PDDocumentOutline();
      PDOutlineItem second = new PDOutlineItem();
      second.setTitle("Second page");
      second.setDestination(new PDNamedDestination("second"));
      outline.addLast(second);
      report.getDocumentCatalog().setDocumentOutline(outline);
      report.save(folder.resolve("named.pdf").toFile());
    }
    Meeting meeting =
        meeting(List.of(item("1", "Named", null, DocumentRef.ofFile("Named report", "named.pdf"))));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().build().write(meeting, folder, out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      List<Mark> marks = PackReading.bookmarks(pdf);
      int first = marks.get(2).page();
      assertEquals(first + 3, pdf.getNumberOfPages());
      Mark reportMark = marks.get(2).children().get(0);
      assertEquals(List.of(new Mark("Second page", first + 1, List.of())), reportMark.children());
      assertTrue(
          PackReading.goToLinks(pdf)
              .contains(new GoToLink(first, first + 2, "Go to the third page")),
          PackReading.goToLinks(pdf).toString());
    }
  }

  private static PDPageFitDestination fit(PDPage page) {
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(page);
    return destination;
  }

  @Test
  void untaggedReportsAreMergedAndNamedInWarnings() throws Exception {
    TestPdfs.tagged(folder.resolve("a.pdf"), "Report A", sections("Report A", 3, "Tagged text."));
    TestPdfs.untagged(folder.resolve("scans/b.pdf"), "Scanned report B", 2);
    TestPdfs.tagged(folder.resolve("c.pdf"), "Report C", sections("Report C", 2, SECRET));
    Meeting meeting =
        meeting(
            List.of(
                item("1", "Apologies", null),
                item("2", "Report A", null, DocumentRef.ofFile("Report A", "a.pdf")),
                item("3", "Report B", null, DocumentRef.ofFile("Report B", "scans/b.pdf")),
                item(
                    "4",
                    "Contract",
                    Exemption.of(null, 3, 4),
                    DocumentRef.ofFile("Report C", "c.pdf"))));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackResult result = AgendaPack.builder().build().write(meeting, folder, out);

    assertEquals(
        List.of(
            new PackProblem(
                "3",
                "$.items[2].documents[0].file",
                "scans/b.pdf",
                result.warnings().get(0).message())),
        result.warnings());
    assertTrue(result.warnings().get(0).message().contains("not a tagged PDF"));
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      List<String> texts = PackReading.pageTexts(pdf);
      assertEquals(2 + 3 + 2, texts.size());
      assertEquals(texts.size(), result.pageCount());
      String all = String.join(" ", texts);
      assertTrue(all.contains("Scanned report B (untagged page 2)"));
      assertFalse(all.contains(SECRET));
      assertTrue(all.contains("paragraphs 3 and 4 of Part 1 of Schedule 12A"));
      String xmp =
          new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertFalse(
          xmp.contains("pdfuaid:part"), "a pack with an untagged report must not claim PDF/UA");
      List<Mark> marks = PackReading.bookmarks(pdf);
      assertEquals(List.of("Report B"), marks.get(4).children().stream().map(Mark::title).toList());
      assertEquals(5, marks.get(4).page());
    }
  }

  @Test
  void hundredPagePackHasEveryReferenceRight() throws Exception {
    TestPdfs.tagged(
        folder.resolve("ten.pdf"), "Ten pages", sections("Ten pages", 10, "Body text."));
    List<AgendaItem> items = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      items.add(
          item(
              Integer.toString(i),
              "Item " + i,
              null,
              DocumentRef.ofFile("Report " + i, "ten.pdf")));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().build().write(meeting(items), folder, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      List<String> texts = PackReading.pageTexts(pdf);
      int front = texts.size() - 100; // the front sheet, then the agenda's pages
      assertTrue(front >= 2, "front matter of " + front + " pages");
      List<GoToLink> links = PackReading.goToLinks(pdf);
      List<Mark> marks = PackReading.bookmarks(pdf);
      for (int i = 0; i < 10; i++) {
        int start = front + 10 * i;
        int on = links.get(i).onPage();
        assertTrue(on >= 1 && on < front, "the link is on an agenda page: " + on);
        assertEquals(
            new GoToLink(on, start, "Item " + (i + 1) + " starts on page " + (start + 1)),
            links.get(i));
        assertTrue(texts.get(start).startsWith("Ten pages Ten pages part 1"), texts.get(start));
        assertEquals(start, marks.get(2 + i).page());
        assertEquals(start, marks.get(2 + i).children().get(0).page());
      }
      for (int p = 0; p < texts.size(); p++) {
        assertTrue(texts.get(p).endsWith("Page " + (p + 1) + " of " + texts.size()));
      }
    }
  }

  @Test
  void badInputsAreAllReportedAndNothingIsWritten() throws Exception {
    Path meetingFolder = Files.createDirectories(folder.resolve("meeting"));
    TestPdfs.corrupt(meetingFolder.resolve("corrupt.pdf"));
    TestPdfs.encrypted(meetingFolder.resolve("locked.pdf"));
    Files.writeString(
        meetingFolder.resolve("notes.pdf"), "These are minutes typed into a text file.");
    TestPdfs.untagged(folder.resolve("outside.pdf"), "Outside", 1);
    TestPdfs.untagged(meetingFolder.resolve("good.pdf"), "Good", 1);
    Meeting meeting =
        meeting(
            List.of(
                item("1", "Missing", null, DocumentRef.ofFile("Missing", "missing.pdf")),
                item(
                    "2",
                    "Corrupt",
                    null,
                    DocumentRef.ofFile("Good", "good.pdf"),
                    DocumentRef.ofFile("Corrupt", "corrupt.pdf")),
                item("3", "Encrypted", null, DocumentRef.ofFile("Locked", "locked.pdf")),
                item("4", "Text", null, DocumentRef.ofFile("Notes", "notes.pdf")),
                item("5a", "Outside", null, DocumentRef.ofFile("Outside", "../outside.pdf"))));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackInputException e =
        assertThrows(
            PackInputException.class,
            () -> AgendaPack.builder().build().write(meeting, meetingFolder, out));

    assertEquals(0, out.size(), "nothing written");
    List<PackProblem> problems = e.problems();
    assertEquals(5, problems.size(), e.getMessage());
    assertProblem(
        problems.get(0), "1", "$.items[0].documents[0].file", "missing.pdf", "does not exist");
    assertProblem(
        problems.get(1), "2", "$.items[1].documents[1].file", "corrupt.pdf", "not a readable PDF");
    assertProblem(
        problems.get(2), "3", "$.items[2].documents[0].file", "locked.pdf", "needs a password");
    assertProblem(
        problems.get(3), "4", "$.items[3].documents[0].file", "notes.pdf", "is not a PDF");
    assertProblem(
        problems.get(4),
        "5a",
        "$.items[4].documents[0].file",
        "../outside.pdf",
        "outside the meeting's folder");
    assertTrue(e.getMessage().startsWith("5 problems"));
  }

  @Test
  void symbolicLinkOutOfTheFolderIsRefused() throws Exception {
    Path meetingFolder = Files.createDirectories(folder.resolve("meeting"));
    TestPdfs.untagged(folder.resolve("secret.pdf"), "Secret", 1);
    Files.createSymbolicLink(meetingFolder.resolve("link.pdf"), folder.resolve("secret.pdf"));
    Meeting meeting =
        meeting(List.of(item("1", "Linked", null, DocumentRef.ofFile("Linked", "link.pdf"))));
    PackInputException e =
        assertThrows(
            PackInputException.class,
            () ->
                AgendaPack.builder()
                    .build()
                    .write(meeting, meetingFolder, new ByteArrayOutputStream()));
    assertProblem(
        e.problems().get(0),
        "1",
        "$.items[0].documents[0].file",
        "link.pdf",
        "outside the meeting's folder");
  }

  @Test
  void publicPackDoesNotNeedTheExemptReportButTheFullPackDoes() throws Exception {
    Meeting meeting =
        meeting(
            List.of(
                item("1", "Open", null),
                item(
                    "2",
                    "Closed",
                    Exemption.of("Commercial.", 14),
                    DocumentRef.ofFile("Closed report", "closed.pdf"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackResult result = AgendaPack.builder().build().write(meeting, folder, out);
    assertEquals(2, result.pageCount());
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String all = String.join(" ", PackReading.pageTexts(pdf));
      assertTrue(all.contains("paragraph 14 of Part 4 of Schedule 12A"), all);
      assertFalse(
          all.contains("Commercial."), "the public interest reasoning is for the full pack");
    }
    PackInputException e =
        assertThrows(
            PackInputException.class,
            () ->
                AgendaPack.builder()
                    .full(true)
                    .build()
                    .write(meeting, folder, new ByteArrayOutputStream()));
    assertProblem(
        e.problems().get(0), "2", "$.items[1].documents[0].file", "closed.pdf", "does not exist");
  }

  private static void assertProblem(
      PackProblem problem, String item, String path, String file, String message) {
    assertEquals(item, problem.itemNumber(), problem.toString());
    assertEquals(path, problem.path(), problem.toString());
    assertEquals(file, problem.file(), problem.toString());
    assertTrue(problem.message().contains(message), problem.toString());
  }
}
