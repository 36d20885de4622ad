package org.decisionnotices.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.render.i18n.Labels;
import org.decisionnotices.render.testkit.ExpectedText;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real consumer opens every notice: LibreOffice converts them, in one run, to tagged PDF/UA. The
 * PDF must have the pages the footer's fields count, every value in order, the paper size asked
 * for, and pass veraPDF's PDF/UA-1 rules, which shows that headings, lists, tables, links and alt
 * text survive from the DOCX into another consumer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeConversionIT {
  private static final String PDF_UA_EXPORT =
      "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
          + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";

  /** LibreOffice 7.4 writes no /Tabs /S on pages with annotations, whatever the DOCX holds. */
  private static final String EXCUSED_CLAUSE = "7.18.3";

  /**
   * LibreOffice exports Word's VML watermark as a Figure without alternative text, whatever the
   * shape's alt and title say (7.4). Excused on drafts only.
   */
  private static final String DRAFT_CLAUSE = "7.3";

  /**
   * LibreOffice 7.4 leaves a glyph it shapes out of its font's ToUnicode map in the multilingual
   * sample (once the Noto faces it names are installed); our own PDF of it passes
   * (MultilingualPdfIT).
   */
  private static final String EXCUSED_FOR_SHAPED_SCRIPTS = "7.21.7";

  private Path dir;

  List<Cases> cases() {
    return Cases.forLibreOffice();
  }

  @BeforeAll
  void convertAll() throws Exception {
    dir = Files.createTempDirectory("dn-docx-lo-");
    List<String> command =
        new ArrayList<>(
            List.of(
                soffice(),
                "--headless",
                "--norestore",
                "--nolockcheck",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to",
                PDF_UA_EXPORT,
                "--outdir",
                dir.resolve("pdf").toString()));
    for (Cases c : cases()) {
      Path docx = dir.resolve(c.name() + ".docx");
      Files.write(docx, c.render());
      command.add(docx.toString());
    }
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        fail("LibreOffice did not finish converting within 5 minutes");
      }
      assertEquals(0, process.exitValue(), () -> "soffice failed: " + log());
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @AfterAll
  void deleteFiles() throws IOException {
    if (dir != null && !Boolean.getBoolean("docx.keepLibreOfficeOutput")) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void opensWithEveryValueOnTheRightPages(Cases c) throws Exception {
    Labels labels = Labels.forLanguage(c.notice().language());
    try (PDDocument pdf = Loader.loadPDF(pdf(c).toFile())) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 1, c.name());
      PDRectangle box = pdf.getPage(0).getMediaBox();
      assertEquals(
          c.options().pageSize().widthPoints(), box.getWidth(), 1.0, c.name() + " page width");
      assertEquals(
          c.options().pageSize().heightPoints(), box.getHeight(), 1.0, c.name() + " page height");
      StringBuilder body = new StringBuilder();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String footer = labels.pageOf(page, pages);
        List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();
        // The PAGE and NUMPAGES fields must count the pages LibreOffice actually laid out.
        assertTrue(
            lines.contains(footer), c.name() + ": page " + page + " lacks \"" + footer + "\"");
        for (String line : lines) {
          if (!line.equals(footer) && !line.equals(Cases.COUNCIL)) {
            body.append(line);
            // A word broken after its hyphen ("Community-|Managed") is one word again.
            boolean brokenAtHyphen =
                line.length() > 1
                    && line.endsWith("-")
                    && !Character.isWhitespace(line.charAt(line.length() - 2));
            if (!brokenAtHyphen) {
              body.append('\n');
            }
          }
        }
      }
      assertNull(ExpectedText.firstMissing(ExpectedText.of(c.notice()), body.toString()), c.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exportsAsPdfUa(Cases c) throws Exception {
    List<String> failures =
        new VeraPdf(VeraPdf.UA1)
            .failures(Files.readAllBytes(pdf(c))).stream()
                .filter(failure -> !failure.contains(" clause " + EXCUSED_CLAUSE + " "))
                .filter(
                    failure ->
                        !(c.options().draft() && failure.contains(" clause " + DRAFT_CLAUSE + " ")))
                .filter(
                    failure ->
                        !(c.name().startsWith("community-languages-grants")
                            && failure.contains(" clause " + EXCUSED_FOR_SHAPED_SCRIPTS + " ")))
                .toList();
    assertTrue(failures.isEmpty(), c.name() + " fails PDF/UA-1:\n" + String.join("\n", failures));
  }

  /**
   * LibreOffice shows a draft's watermark on every page, in its colour; a final notice has none.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void showsADraftsWatermarkOnEveryPage(Cases c) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(pdf(c).toFile())) {
      org.apache.pdfbox.rendering.PDFRenderer pages =
          new org.apache.pdfbox.rendering.PDFRenderer(pdf);
      for (int page = 0; page < pdf.getNumberOfPages(); page++) {
        java.awt.image.BufferedImage image = pages.renderImageWithDPI(page, 36);
        int marked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
          for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            if (near(rgb, 0xF6C9C9)) {
              marked++;
            }
          }
        }
        if (c.options().draft()) {
          assertTrue(marked > 500, c.name() + " page " + (page + 1) + ": " + marked + " pixels");
        } else {
          assertEquals(0, marked, c.name() + " page " + (page + 1));
        }
      }
    }
  }

  private static boolean near(int rgb, int colour) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xFF) - ((colour >> shift) & 0xFF)) > 3) {
        return false;
      }
    }
    return true;
  }

  private Path pdf(Cases c) {
    Path pdf = dir.resolve("pdf").resolve(c.name() + ".pdf");
    assertTrue(Files.isRegularFile(pdf), () -> "LibreOffice did not write " + pdf + ": " + log());
    return pdf;
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static String soffice() {
    for (String dirName :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path candidate = Path.of(dirName, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    fail(
        "LibreOffice (soffice) is not on the PATH: run .ci/install-tools, which installs libreoffice-writer");
    return null;
  }
}
