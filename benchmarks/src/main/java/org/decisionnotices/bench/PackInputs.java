package org.decisionnotices.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.pack.AgendaPack;

/**
 * A meeting folder for scale runs: {@code items} agenda items, each with one (or {@code
 * documentsPerItem}) tagged 10-page report PDFs of its own. The reports are themselves made by
 * {@link AgendaPack} (a meeting with no documents and a long agenda), so they are tagged PDF/UA
 * with text, headings and links.
 */
final class PackInputs implements AutoCloseable {
  static final int PAGES_PER_REPORT = 10;

  final Path folder;
  final Meeting meeting;
  final List<Path> reports = new ArrayList<>();

  PackInputs(int items) throws IOException {
    this(items, 1);
  }

  PackInputs(int items, int documentsPerItem) throws IOException {
    folder = Files.createTempDirectory("pack-bench");
    Path template = folder.resolve("template.pdf");
    int pages = writeReport(template);
    if (pages != PAGES_PER_REPORT) {
      throw new IllegalStateException("report template has " + pages + " pages");
    }
    List<AgendaItem> agenda = new ArrayList<>();
    for (int i = 1; i <= items; i++) {
      List<DocumentRef> documents = new ArrayList<>();
      for (int d = 1; d <= documentsPerItem; d++) {
        String name = documentsPerItem == 1 ? "report-" + i : "report-" + i + "-" + d;
        Path report = folder.resolve(name + ".pdf");
        Files.copy(template, report);
        reports.add(report);
        String title = documentsPerItem == 1 ? "Report " + i : "Report " + i + "." + d;
        documents.add(DocumentRef.ofFile(title, report.getFileName().toString()));
      }
      agenda.add(
          new AgendaItem(
              Integer.toString(i),
              "Item " + i,
              Prose.parse("To consider report " + i + "."),
              null,
              documents,
              null));
    }
    meeting = meeting(agenda);
  }

  private static Meeting meeting(List<AgendaItem> items) {
    return new Meeting(
        "bench",
        "Scale Test Committee",
        LocalDate.of(2025, 3, 20),
        LocalTime.of(18, 30),
        "Council Chamber",
        Locale.UK,
        Contact.named("Clerk"),
        List.of(new Member("Councillor A", "Chair", null)),
        items);
  }

  /** A 10-page tagged PDF: a front sheet and nine pages of agenda text. */
  private static int writeReport(Path file) throws IOException {
    String words =
        "The Council looks after forty-six parks, play areas and open spaces, and this report"
            + " sets out the maintenance programme, the budget, the consultation results and the"
            + " risks of each option considered by officers in preparing the recommendations. ";
    List<AgendaItem> items = new ArrayList<>();
    for (int i = 1; i <= 38; i++) {
      items.add(
          new AgendaItem(
              Integer.toString(i),
              "Section " + i,
              Prose.parse(words.repeat(3)),
              null,
              List.of(),
              null));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      return AgendaPack.builder().build().write(meeting(items), file.getParent(), out).pageCount();
    }
  }

  /** The pack, written to {@code out}. */
  void pack(OutputStream out) throws IOException {
    AgendaPack.builder().build().write(meeting, folder, out);
  }

  /** The floor: PDFBox's own merge of the same files, with the same temp-file buffering. */
  void plainMerge(OutputStream out) throws IOException {
    PDFMergerUtility merger = new PDFMergerUtility();
    for (Path report : reports) {
      merger.addSource(report.toFile());
    }
    merger.setDestinationStream(out);
    merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
