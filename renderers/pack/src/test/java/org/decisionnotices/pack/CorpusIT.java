package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.internal.ReportPages;
import org.decisionnotices.pack.internal.TestPdfs;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PDF of the curated real-world corpus (src/test/resources/corpus, see its README), placed
 * between a report and an appendix of our own, goes through the pack: it merges, and the pack
 * passes {@code qpdf --check}, poppler renders every page (wherever it rendered the input), its
 * page count is the front matter plus every report's pages, the input's text can still be extracted
 * and the appendix after it still reads; or it is refused with a problem naming it, as {@code
 * expected-refusals.txt} says, by validate ({@code checkDocuments}) and pack alike.
 */
class CorpusIT {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final String APPENDIX = "The appendix after the input reads on";

  @TempDir static Path shared;
  private static int frontAndOurs;
  private static Map<String, String> refusals;

  @TempDir Path folder;

  static Stream<String> corpus() throws IOException {
    return Files.readAllLines(CORPUS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8).stream()
        .skip(1)
        .map(line -> line.split("\t")[0]);
  }

  @BeforeAll
  static void expectations() throws Exception {
    refusals = new TreeMap<>();
    for (String line :
        Files.readAllLines(CORPUS.resolve("expected-refusals.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("\t", 2);
        refusals.put(parts[0], parts[1]);
      }
    }
    // The pack's pages with an empty one-page input: front matter, our two reports, and one.
    Path empty = shared.resolve("empty.pdf");
    TestPdfs.untagged(empty, "", 1);
    Path out = shared.resolve("pack.pdf");
    frontAndOurs = pack(shared, empty, out).pageCount() - 1;
  }

  @Test
  void everyExpectedRefusalIsInTheCorpus() throws IOException {
    Set<String> files = new LinkedHashSet<>(corpus().toList());
    for (String refused : refusals.keySet()) {
      assertTrue(files.contains(refused), refused + " is not in SOURCES.tsv");
    }
  }

  private static Meeting meeting() {
    return ReportMeeting.of("report.pdf", "input.pdf", "appendix.pdf");
  }

  private static PackResult pack(Path folder, Path input, Path out) throws IOException {
    TestPdfs.untagged(folder.resolve("report.pdf"), "The report before the input", 1);
    TestPdfs.untagged(folder.resolve("appendix.pdf"), APPENDIX, 1);
    Files.copy(input, folder.resolve("input.pdf"));
    try (OutputStream stream = Files.newOutputStream(out)) {
      return AgendaPack.builder().build().write(meeting(), folder, stream);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void mergesOrIsRefusedByName(String file) throws Exception {
    Path input = CORPUS.resolve(file);
    Path out = folder.resolve("pack.pdf");
    String refusal = refusals.get(file);
    PackInputException validated = null;
    try {
      AgendaPack.checkDocuments(meeting(), copy(input));
    } catch (PackInputException e) {
      validated = e;
    }
    PackResult result;
    try {
      result = pack(folder, input, out);
    } catch (PackInputException e) {
      PackProblem problem = e.problems().get(0);
      assertEquals(1, e.problems().size(), e.getMessage());
      assertEquals("input.pdf", problem.file(), e.getMessage());
      assertEquals(
          refusal,
          problem.message(),
          "refused, but expected-refusals.txt says otherwise; the line would be:\n"
              + file
              + "\t"
              + problem.message());
      assertTrue(validated != null, "validate passed what pack refused");
      assertEquals(e.problems(), validated.problems());
      return;
    }
    if (validated != null) {
      fail("validate refused what pack merged: " + validated.getMessage());
    }
    assertNull(refusal, "expected-refusals.txt says it is refused: " + refusal);

    int inputPages = ReportPages.count(input);
    assertEquals(frontAndOurs + inputPages, result.pageCount());
    assertEquals(result.pageCount(), Integer.parseInt(pdfinfo(out, "Pages")));

    // qpdf exits 2 for errors, 3 for warnings only; an input's own damaged streams stay damaged.
    if (run("qpdf", "--check", input.toString()).exit() != 2) {
      Run qpdf = run("qpdf", "--check", out.toString());
      assertNotEquals(2, qpdf.exit(), qpdf.output());
    }
    if (run("pdftoppm", "-r", "4", "-gray", input.toString(), folder.resolve("in").toString())
            .exit()
        == 0) {
      Run poppler =
          run("pdftoppm", "-r", "4", "-gray", out.toString(), folder.resolve("out").toString());
      assertEquals(0, poppler.exit(), poppler.output());
      try (Stream<Path> pages = Files.list(folder)) {
        assertEquals(
            result.pageCount(),
            pages.filter(p -> p.getFileName().toString().startsWith("out")).count(),
            "pages poppler drew");
      }
    }

    try (PDDocument pack = Loader.loadPDF(out.toFile())) {
      List<String> texts = PackReading.pageTexts(pack);
      assertTrue(texts.get(texts.size() - 1).contains(APPENDIX), "the appendix after it reads");
      int first = texts.size() - 1 - inputPages;
      String merged = String.join(" ", texts.subList(first, first + inputPages));
      List<String> lost = new ArrayList<>();
      List<String> words = words(input);
      for (String word : words) {
        if (!merged.contains(word)) {
          lost.add(word);
        }
      }
      assertTrue(lost.size() <= words.size() / 50, "text lost in the pack: " + lost);
    }
  }

  /**
   * Every input that claims PDF/UA-1 and passes veraPDF's PDF/UA-1 profile, packed alone after the
   * front matter, gives a pack that passes it too: the pack claims PDF/UA-1 only when every report
   * does, so this is where that claim is put to the test on real files.
   */
  @Test
  void inputsThatPassPdfUa1GivePacksThatPassIt() throws Exception {
    VeraPdf vera = new VeraPdf(VeraPdf.UA1);
    List<String> passing = new ArrayList<>();
    Map<String, List<String>> failures = new TreeMap<>();
    for (String file : corpus().toList()) {
      Path input = CORPUS.resolve(file);
      byte[] bytes = Files.readAllBytes(input);
      if (refusals.containsKey(file) || !claimsPdfUa1(input) || !vera.failures(bytes).isEmpty()) {
        continue;
      }
      passing.add(file);
      Path alone = Files.createDirectories(folder.resolve("ua-" + passing.size()));
      Files.copy(input, alone.resolve("input.pdf"));
      Path out = alone.resolve("pack.pdf");
      try (OutputStream stream = Files.newOutputStream(out)) {
        AgendaPack.builder().build().write(ReportMeeting.of("input.pdf"), alone, stream);
      }
      List<String> failed = vera.failures(Files.readAllBytes(out));
      if (!failed.isEmpty()) {
        failures.put(file, failed);
      }
    }
    assertEquals(Map.of(), failures, "packs of " + passing);
    // Five in the committed corpus (veraPDF-corpus 7.4.2, 7.5, 7.18.5, 7.20 and 7.21.7; the other
    // files that name pdfuaid fail it or are PDF 2.0 files for PDF/UA-2): fewer means the corpus
    // or the check changed.
    assertTrue(passing.size() >= 5, "inputs that pass PDF/UA-1: " + passing);
  }

  /** Whether the input's XMP metadata says PDF/UA-1 (pdfuaid:part 1), as the pack reads it. */
  private static boolean claimsPdfUa1(Path input) {
    try (PDDocument pdf = Loader.loadPDF(input.toFile())) {
      var metadata = pdf.getDocumentCatalog().getMetadata();
      if (metadata == null) {
        return false;
      }
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      return xmp.matches("(?s).*pdfuaid:part(>\\s*1\\s*<|=[\"']1[\"']).*");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private Path copy(Path input) throws IOException {
    Path check = Files.createDirectories(folder.resolve("check"));
    TestPdfs.untagged(check.resolve("report.pdf"), "The report before the input", 1);
    TestPdfs.untagged(check.resolve("appendix.pdf"), APPENDIX, 1);
    Files.copy(input, check.resolve("input.pdf"));
    return check;
  }

  /** Up to 200 distinct words of the input's text as PDFBox extracts it; none if it cannot. */
  private static List<String> words(Path input) {
    Set<String> words = new LinkedHashSet<>();
    try (PDDocument pdf = Loader.loadPDF(input.toFile())) {
      for (String word : PackReading.normal(new PDFTextStripper().getText(pdf)).split(" ")) {
        if (word.length() >= 3 && word.codePoints().allMatch(Character::isLetterOrDigit)) {
          words.add(word);
        }
        if (words.size() == 200) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // needs a password, or PDFBox cannot extract its text at all
    }
    return new ArrayList<>(words);
  }

  private record Run(int exit, String output) {}

  private static Run run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " took over 2 minutes");
    }
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static String pdfinfo(Path pdf, String key) throws Exception {
    Run info = run("pdfinfo", pdf.toString());
    for (String line : info.output().split("\n")) {
      if (line.startsWith(key + ":")) {
        return line.substring(key.length() + 1).trim();
      }
    }
    throw new AssertionError("pdfinfo gave no " + key + ": " + info.output());
  }
}
