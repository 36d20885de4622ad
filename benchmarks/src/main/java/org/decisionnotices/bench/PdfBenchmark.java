package org.decisionnotices.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.PdfRenderer;
import org.decisionnotices.render.testkit.ExpectedText;
import org.decisionnotices.render.testkit.Samples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * PDF rendering of the seed notice, against a floor: the same text (title, headings, labels,
 * values, paragraphs) wrapped and written untagged with bare PDFBox calls, in the same Liberation
 * Sans faces loaded the same way (parsed once, GSUB off, embedded as subset Type0). No structure
 * tree, no PDF/A metadata, no tables or rules. Run from the project root (it reads examples/data):
 * {@code java -jar benchmarks/target/benchmarks.jar PdfBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {
  private static final float SIZE = 10.5f;
  private static final float LEADING = 15;
  private static final float MARGIN = 62;

  private PdfRenderer renderer;
  private RenderOptions options;
  private Notice notice;
  private Notice multilingual;
  private List<String> text;
  private TrueTypeFont regular;
  private TrueTypeFont bold;

  @Setup
  public void setUp() throws IOException {
    renderer = PdfRenderer.create();
    options = RenderOptions.defaults();
    notice =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options)
            .build()
            .layout(Samples.record("lscb-annual-report"));
    multilingual =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options)
            .build()
            .layout(Samples.record("community-languages-grants"));
    text = ExpectedText.of(notice);
    regular = parse("liberation/LiberationSans-Regular.ttf");
    bold = parse("liberation/LiberationSans-Bold.ttf");
  }

  @TearDown
  public void tearDown() throws IOException {
    regular.close();
    bold.close();
  }

  /** The tagged PDF/UA-1 + PDF/A-2a notice, from a notice laid out once. */
  @Benchmark
  public int taggedNotice() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    renderer.render(notice, options, out);
    return out.size();
  }

  /**
   * The multilingual sample (eleven scripts, shaped by HarfBuzz in the JDK, nine fallback faces
   * embedded): no bare-PDFBox floor can draw it, so it is read against the Latin floor.
   */
  @Benchmark
  public int multilingualNotice() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    renderer.render(multilingual, options, out);
    return out.size();
  }

  /** The floor: the same text, untagged, bare PDFBox. */
  @Benchmark
  public int bareFloor() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (PDDocument doc = new PDDocument()) {
      PDType0Font body = PDType0Font.load(doc, regular, true);
      PDType0Font heading = PDType0Font.load(doc, bold, true);
      PDRectangle a4 = PDRectangle.A4;
      float width = a4.getWidth() - 2 * MARGIN;
      PDPageContentStream cs = null;
      float y = 0;
      for (int i = 0; i < text.size(); i++) {
        // Title and headings (short items) in bold, the rest in regular.
        PDType0Font font = text.get(i).length() < 40 ? heading : body;
        for (String line : wrap(text.get(i), font, width)) {
          if (cs == null || y < MARGIN) {
            if (cs != null) {
              cs.close();
            }
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = a4.getHeight() - MARGIN;
          }
          cs.beginText();
          cs.setFont(font, SIZE);
          cs.newLineAtOffset(MARGIN, y);
          cs.showText(line);
          cs.endText();
          y -= LEADING;
        }
        y -= 6;
      }
      if (cs != null) {
        cs.close();
      }
      doc.save(out);
    }
    return out.size();
  }

  /** Greedy wrap, each word measured once. */
  private static List<String> wrap(String paragraph, PDType0Font font, float width)
      throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    float space = font.getStringWidth(" ") * SIZE / 1000;
    for (String word : paragraph.split(" ")) {
      float w = font.getStringWidth(word) * SIZE / 1000;
      if (line.length() > 0 && used + space + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        used += space;
      }
      line.append(word);
      used += w;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static TrueTypeFont parse(String resource) throws IOException {
    try (InputStream in = PdfBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the class path");
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      ttf.setEnableGsub(false);
      return ttf;
    }
  }
}
