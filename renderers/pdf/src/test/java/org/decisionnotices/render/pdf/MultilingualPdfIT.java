package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.MultilingualSample;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multilingual sample in every script the fallback chain covers: the glyphs drawn are those
 * HarfBuzz's own command-line shaper gives for the same text and font file, and the text reads
 * back, in logical order, through poppler and PDFBox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultilingualPdfIT {
  private static final String FONTS = "org/decisionnotices/render/pdf/fonts/";

  /** Passage, font file, and whether it runs right to left (shaped as one run, spaces too). */
  static Stream<Arguments> passages() {
    return Stream.of(
        Arguments.of("اردو ریڈرز سرکل", "NotoNaskhArabic-Regular.ttf", true),
        Arguments.of("مرحبا بكم في المكتبة", "NotoNaskhArabic-Regular.ttf", true),
        Arguments.of("বাংলা পাঠচক্র", "NotoSansBengali-Regular.ttf", false),
        Arguments.of("ਪੰਜਾਬੀ ਸਾਹਿਤ ਸਭਾ", "NotoSansGurmukhi-Regular.ttf", false),
        Arguments.of("ગુજરાતી સમાજ", "NotoSansGujarati-Regular.ttf", false),
        Arguments.of("தமிழ் சங்கம்", "NotoSansTamil-Regular.ttf", false),
        Arguments.of("华人社区中心", "cjk/DroidSansFallbackFull.ttf", false),
        Arguments.of("ማሕበረሰብ ኤርትራውያን", "NotoSansEthiopic-Regular.ttf", false),
        Arguments.of("👏", "Symbola.ttf", false),
        Arguments.of(
            "اردو ریڈرز سرکل نے کمیٹی کا شکریہ ادا کیا۔", "NotoNaskhArabic-Regular.ttf", true));
  }

  /** Text in Liberation Sans itself: no shaping, but it must read back too. */
  private static final List<String> LATIN_PASSAGES =
      List.of("Polska Szkoła Sobotnia im. Mikołaja Kopernika", "Ελληνική Κοινότητα Γουέστμιρ");

  private byte[] pdf;
  private Map<String, List<Integer>> drawn;

  @BeforeAll
  void render() throws IOException {
    var notice = MultilingualSample.notice();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create().render(notice, RenderOptions.defaults(), out);
    pdf = out.toByteArray();
    drawn = glyphsByFont(pdf);
  }

  @Test
  void conformsToPdfUa1AndPdfA2a() throws Exception {
    assertEquals(List.of(), new VeraPdf().failures(pdf));
  }

  @Test
  void markedPassagesAreSpansWithTheirLanguage() throws IOException {
    Map<String, String> spans = new java.util.LinkedHashMap<>();
    for (PdfStructure.Element span : PdfStructure.read(pdf).ofType("Span")) {
      spans.put(span.text(), span.language());
    }
    assertEquals(MultilingualSample.markedPassages(), spans);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("passages")
  void glyphsAreWhatHarfBuzzGives(String passage, String font, boolean rtl, @TempDir Path tmp)
      throws Exception {
    Path file = tmp.resolve("font.ttf");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(FONTS + font)) {
      Files.copy(in, file);
    }
    String family = family(file);
    List<Integer> stream = drawn.getOrDefault(family, List.of());
    assertTrue(
        !stream.isEmpty(), "nothing drawn in " + family + "; fonts drawn: " + drawn.keySet());
    // Left-to-right passages are shaped word by word (the space between is Liberation Sans).
    List<String> runs = rtl ? List.of(passage) : List.of(passage.split(" "));
    for (String run : runs) {
      List<Integer> expected = hbShape(file, run);
      if (rtl) {
        Collections.reverse(expected); // drawn in logical order, see Drawer
      }
      assertTrue(
          Collections.indexOfSubList(stream, expected) >= 0,
          "hb-shape gives "
              + expected
              + " for \""
              + run
              + "\"; the PDF draws in "
              + family
              + ": "
              + stream);
    }
  }

  @Test
  void popplerReadsEveryPassageInLogicalOrder(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("notice.pdf");
    Files.write(file, pdf);
    Process process =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertReadsBack(withoutBidiControls(text), "pdftotext");
  }

  @Test
  void pdfBoxReadsEveryPassageInLogicalOrder() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // Sorted by position, as on the page: right-to-left runs are in logical order in the content
      // stream (for the structure tree), and the stripper reorders what it sees on a line itself.
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      assertReadsBack(withoutBidiControls(stripper.getText(doc)), "PDFBox");
    }
  }

  private static void assertReadsBack(String text, String reader) {
    List<String> missing = new ArrayList<>();
    passages()
        .forEach(
            a -> {
              String passage = (String) a.get()[0];
              if (!text.contains(passage)) {
                missing.add(passage);
              }
            });
    for (String passage : LATIN_PASSAGES) {
      if (!text.contains(passage)) {
        missing.add(passage);
      }
    }
    assertEquals(List.of(), missing, reader + " read:\n" + text);
  }

  /** Embedding marks an extractor adds around right-to-left text are not part of the text. */
  private static String withoutBidiControls(String text) {
    return text.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
  }

  /** The font's PostScript name up to its style, as the PDF's BaseFont gives it. */
  private static String family(Path font) throws IOException {
    try (var ttf =
        new org.apache.fontbox.ttf.TTFParser()
            .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(font))) {
      String name = ttf.getName();
      return name.contains("-") ? name.substring(0, name.indexOf('-')) : name;
    }
  }

  private static List<Integer> hbShape(Path font, String text) throws Exception {
    Process process =
        new ProcessBuilder(
                "hb-shape",
                "--no-glyph-names",
                "--no-positions",
                "--no-clusters",
                font.toString(),
                text)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    List<Integer> gids = new ArrayList<>();
    for (String gid : out.replace("[", "").replace("]", "").split("\\|")) {
      gids.add(Integer.parseInt(gid.trim()));
    }
    return gids;
  }

  /** Every glyph ID drawn, per font family (the subset tag and style dropped), in stream order. */
  private static Map<String, List<Integer>> glyphsByFont(byte[] pdf) throws IOException {
    Map<String, List<Integer>> glyphs = new HashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<COSBase> operands = new ArrayList<>();
        String family = null;
        for (Object token = parser.parseNextToken();
            token != null;
            token = parser.parseNextToken()) {
          if (!(token instanceof Operator op)) {
            operands.add((COSBase) token);
            continue;
          }
          if (op.getName().equals("Tf")) {
            PDFont font = page.getResources().getFont((COSName) operands.get(0));
            String name = font.getName();
            name = name.substring(name.indexOf('+') + 1);
            family = name.contains("-") ? name.substring(0, name.indexOf('-')) : name;
          } else if (op.getName().equals("TJ") || op.getName().equals("Tj")) {
            List<Integer> list = glyphs.computeIfAbsent(family, f -> new ArrayList<>());
            for (COSBase operand : operands) {
              if (operand instanceof COSArray array) {
                for (COSBase item : array) {
                  if (item instanceof COSString s) {
                    addCids(s, list);
                  }
                }
              } else if (operand instanceof COSString s) {
                addCids(s, list);
              }
            }
          }
          operands.clear();
        }
      }
    }
    return glyphs;
  }

  private static void addCids(COSString s, List<Integer> list) {
    byte[] b = s.getBytes();
    for (int i = 0; i + 1 < b.length; i += 2) {
      list.add(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF));
    }
  }
}
