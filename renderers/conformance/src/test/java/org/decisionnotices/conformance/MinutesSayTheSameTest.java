package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.ExpectedText;
import org.decisionnotices.render.testkit.Samples;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The minutes of the English and the Welsh sample meeting, public and full, read back from PDF,
 * DOCX and HTML: every heading, label, name and minuted sentence of the layout, in its order.
 */
class MinutesSayTheSameTest {
  private static final DecisionNotices NOTICES = DecisionNotices.create();
  private static final Pattern DOCX_TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>");

  record Case(String name, Notice minutes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Path file : Samples.meetingFiles()) {
      cases.add(
          new Case(file.getFileName() + ", public", NOTICES.layoutMinutes(Samples.meeting(file))));
      cases.add(
          new Case(
              file.getFileName() + ", full", NOTICES.layoutMinutes(Samples.meeting(file), true)));
    }
    assertTrue(
        cases.stream().anyMatch(c -> c.minutes().language().getLanguage().equals("cy")),
        "a Welsh meeting among the samples");
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFormatSaysEverythingInOrder(Case c) throws Exception {
    List<String> expected = ExpectedText.of(c.minutes());
    assertNull(ExpectedText.firstMissing(expected, pdfText(render(c, Format.PDF))), "PDF");
    assertNull(ExpectedText.firstMissing(expected, docxText(render(c, Format.DOCX))), "DOCX");
    assertNull(
        ExpectedText.firstMissing(
            expected,
            Jsoup.parse(new String(render(c, Format.HTML), StandardCharsets.UTF_8))
                .body()
                .wholeText()),
        "HTML");
  }

  private static byte[] render(Case c, Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NOTICES.render(c.minutes(), format, out);
    return out.toByteArray();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text of the document part: every run's text, a line break after each paragraph. */
  private static String docxText(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          StringBuilder text = new StringBuilder();
          Matcher m = DOCX_TEXT.matcher(xml);
          while (m.find()) {
            text.append(m.group(1) == null ? "\n" : Parser.unescapeEntities(m.group(1), false));
          }
          return text.toString();
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
