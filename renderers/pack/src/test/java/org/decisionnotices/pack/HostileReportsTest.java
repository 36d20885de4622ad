package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.internal.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real-world report PDFs that once broke the pack (issue 13), from the corpus in
 * src/test/resources/corpus: each merges with the right number of pages, or is refused with a
 * problem naming the file, and {@code checkDocuments} (the CLI's validate) says the same as {@code
 * write} (its pack).
 */
class HostileReportsTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir Path folder;

  private static Meeting meeting(String file) {
    return ReportMeeting.of("before.pdf", file, "after.pdf");
  }

  /** Writes the pack of a meeting with the report between two of our own; returns its pages. */
  private PackResult pack(Path report, Path out) throws Exception {
    TestPdfs.untagged(folder.resolve("before.pdf"), "The report before", 1);
    TestPdfs.untagged(folder.resolve("after.pdf"), "The appendix after", 1);
    Files.copy(report, folder.resolve("input.pdf"));
    Meeting meeting = meeting("input.pdf");
    AgendaPack.checkDocuments(meeting, folder);
    try (var stream = Files.newOutputStream(out)) {
      return AgendaPack.builder().build().write(meeting, folder, stream);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // A page listed twice, with different inherited attributes in each place.
    "qpdf/duplicate-page-inherited.pdf, 2",
    // Page trees that loop back on themselves.
    "qpdf/pages-loop.pdf, 1",
    "pdfjs/Pages-tree-refs.pdf, 1",
    "qpdf/xref-compressed-in-compressed.pdf, 30",
    // No /Type on the page tree's nodes.
    "qpdf/no-pages-types.pdf, 1",
    // /Count 9999999999 in a 794-byte file.
    "pdfjs/poppler-67295-0.pdf, 1",
  })
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oddPageTreesMergeEveryPageOnce(String file, int pages) throws Exception {
    Path out = folder.resolve("pack.pdf");
    PackResult result = pack(CORPUS.resolve(file), out);
    try (PDDocument pack = Loader.loadPDF(out.toFile())) {
      assertEquals(result.pageCount(), pack.getNumberOfPages());
      List<String> texts = PackReading.pageTexts(pack);
      int last = texts.size() - 1;
      assertTrue(texts.get(last).contains("The appendix after"), texts.get(last));
      assertTrue(texts.get(last - pages - 1).contains("The report before"));
      assertTrue(texts.get(last).endsWith("Page " + texts.size() + " of " + texts.size()));
    }
    Process qpdf = new ProcessBuilder("qpdf", "--check", out.toString()).start();
    String report = new String(qpdf.getInputStream().readAllBytes());
    assertTrue(qpdf.waitFor() != 2, report);
  }

  @Test
  void aPageTreeThatListsNoPageIsRefusedByNameInValidateAndPack() throws Exception {
    // Its one page object is not in its page tree, which ends in a loop 108 levels down.
    assertRefused(CORPUS.resolve("qpdf/deep-pages.pdf"), "has no pages");
  }

  @Test
  void certificateEncryptionIsRefusedByNameInValidateAndPack() throws Exception {
    assertRefused(CORPUS.resolve("pdfbox/AES256ExposedMeta.pdf"), "certificate security");
  }

  @Test
  void aReportThatNeedsAPasswordIsRefusedByNameInValidateAndPack() throws Exception {
    Path locked = folder.resolve("made.pdf");
    TestPdfs.untagged(locked, "Locked report", 1);
    try (PDDocument doc = Loader.loadPDF(locked.toFile())) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      doc.save(folder.resolve("locked.pdf").toFile());
    }
    assertRefused(folder.resolve("locked.pdf"), "needs a password to open");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "pdfjs/empty_protected.pdf, 'copying text, changes, assembling pages'",
    "'qpdf/enc-R2,V1,O=master.pdf', 'printing, copying text, changes, comments'",
    "pdfbox/PDFBOX-2725-878725.pdf, ''",
  })
  void reportsWithOnlyAnOwnerPasswordAreMergedWithAWarningNamingTheirRestrictions(
      String file, String restrictions) throws Exception {
    Path out = folder.resolve("pack.pdf");
    Path input = CORPUS.resolve(file);
    PackResult result = pack(input, out);
    PackProblem warning =
        result.warnings().stream()
            .filter(w -> w.message().contains("encrypted"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(result.warnings().toString()));
    assertEquals("input.pdf", warning.file());
    if (restrictions.isEmpty()) {
      assertTrue(warning.message().contains("no restrictions"), warning.message());
    } else {
      assertTrue(warning.message().contains("(" + restrictions + ")"), warning.message());
    }
    // Decrypted: the report's text reads in the pack as in the report.
    try (PDDocument pack = Loader.loadPDF(out.toFile());
        PDDocument original = Loader.loadPDF(input.toFile())) {
      String packText = String.join(" ", PackReading.pageTexts(pack));
      for (String line : PackReading.pageTexts(original)) {
        String start = line.substring(0, Math.min(40, line.length()));
        assertTrue(packText.contains(start), "lost: " + start);
      }
    }
  }

  private void assertRefused(Path input, String message) throws Exception {
    TestPdfs.untagged(folder.resolve("before.pdf"), "The report before", 1);
    TestPdfs.untagged(folder.resolve("after.pdf"), "The appendix after", 1);
    Files.copy(input, folder.resolve("input.pdf"));
    Meeting meeting = meeting("input.pdf");
    PackInputException checked =
        assertThrows(PackInputException.class, () -> AgendaPack.checkDocuments(meeting, folder));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PackInputException packed =
        assertThrows(
            PackInputException.class,
            () -> AgendaPack.builder().build().write(meeting, folder, out));
    assertEquals(checked.problems(), packed.problems());
    assertEquals(0, out.size());
    PackProblem problem = packed.problems().get(0);
    assertEquals("input.pdf", problem.file());
    assertEquals("$.items[0].documents[1].file", problem.path());
    assertTrue(problem.message().contains(message), problem.message());
  }
}
