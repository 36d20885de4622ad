package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.prose.Prose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack of over 3,000 pages (hundreds of copies of one tagged report) builds in a JVM limited to a
 * 64 MB heap: the pack holds one report at a time (issue 6), whatever the meeting's size (issue
 * 13).
 */
class LargePackIT {
  private static final int PAGES = 3_000;

  @TempDir Path folder;

  private static Meeting meeting(List<AgendaItem> items) {
    return new Meeting(
        "large",
        "Scale Test Committee",
        LocalDate.of(2025, 3, 20),
        LocalTime.of(18, 30),
        "Council Chamber",
        Locale.UK,
        Contact.named("Clerk"),
        List.of(new Member("Councillor A", "Chair", null)),
        items);
  }

  @Test
  void aThreeThousandPagePackBuildsIn64Megabytes() throws Exception {
    // The report: itself a pack of a long agenda, so tagged, with text, headings and links.
    String words =
        "The Council looks after forty-six parks, play areas and open spaces, and this report"
            + " sets out the maintenance programme, the budget and the risks of each option. ";
    List<AgendaItem> sections = new ArrayList<>();
    for (int i = 1; i <= 38; i++) {
      sections.add(
          new AgendaItem(
              Integer.toString(i),
              "Section " + i,
              Prose.parse(words.repeat(3)),
              null,
              List.of(),
              null));
    }
    Path template = folder.resolve("template.pdf");
    int reportPages;
    try (OutputStream out = Files.newOutputStream(template)) {
      reportPages = AgendaPack.builder().build().write(meeting(sections), folder, out).pageCount();
    }
    // As many copies of it as make 3,000 pages.
    int reports = (PAGES + reportPages - 1) / reportPages;

    List<AgendaItem> items = new ArrayList<>();
    for (int i = 1; i <= reports; i++) {
      Path report = folder.resolve("report-" + i + ".pdf");
      Files.copy(template, report);
      items.add(
          new AgendaItem(
              Integer.toString(i),
              "Item " + i,
              Prose.parse("To consider report " + i + "."),
              null,
              List.of(DocumentRef.ofFile("Report " + i, report.getFileName().toString())),
              null));
    }
    Path meetingFile = folder.resolve("meeting.json");
    Files.writeString(meetingFile, DecisionJson.write(meeting(items)), StandardCharsets.UTF_8);
    Path pack = folder.resolve("pack.pdf");

    Fork fork = fork(meetingFile, pack);
    assertEquals(0, fork.exit(), fork.output());
    String output = fork.output();

    int pages = Integer.parseInt(output.strip().lines().reduce((a, b) -> b).orElseThrow());
    assertTrue(pages > PAGES, "pages: " + pages);
    try (PDDocument pdf = Loader.loadPDF(pack.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      assertEquals(pages, pdf.getNumberOfPages());
      assertEquals(
          "Page " + pages + " of " + pages,
          PackReading.normal(
                  new org.apache.pdfbox.text.PDFTextStripper() {
                    {
                      setStartPage(pages);
                      setEndPage(pages);
                    }
                  }.getText(pdf))
              .replaceAll(".*(Page \\d+ of \\d+)$", "$1"));
    }
  }

  @Test
  void aReportTooLargeForTheHeapIsRefusedByName() throws Exception {
    // 1.5 MB, some 65,000 objects: PDFBox's parser alone needs more than 64 MB to open it.
    Files.copy(
        Path.of("src/test/resources/corpus/pdfjs/bug1978317.pdf"), folder.resolve("big.pdf"));
    Path meetingFile = folder.resolve("meeting.json");
    Files.writeString(
        meetingFile, DecisionJson.write(ReportMeeting.of("big.pdf")), StandardCharsets.UTF_8);
    Fork fork = fork(meetingFile, folder.resolve("pack.pdf"));
    assertEquals(2, fork.exit(), fork.output());
    assertTrue(fork.output().contains("'big.pdf' is too large"), fork.output());
  }

  private record Fork(int exit, String output) {}

  /** Runs {@link LargePackMain} in a JVM of its own with a 64 MB heap. */
  private static Fork fork(Path meetingFile, Path pack) throws Exception {
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                LargePackMain.class.getName(),
                meetingFile.toString(),
                pack.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(java.waitFor(15, TimeUnit.MINUTES), "timed out");
    return new Fork(java.exitValue(), output);
  }
}
