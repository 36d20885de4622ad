package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Interest;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.internal.Geometry;
import org.decisionnotices.render.testkit.ExpectedText;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A table row taller than a page splits between its lines: nothing is drawn over the footer or off
 * the page, and each cell stays one structure element with its text whole and in order. veraPDF's
 * verdict on the same notices is in {@link TallTableRowIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TallTableRowTest {
  private final PdfRenderer renderer = PdfRenderer.create();
  private final Geometry body = Geometry.of(PageSize.A4, false);

  @Test
  void summaryRowOfFiveHundredWardsSplitsAcrossPages() throws Exception {
    List<String> wards = wards();
    Notice notice = summaryRowNotice();
    byte[] pdf = render(notice);
    Path png =
        PdfPreview.writePngs(pdf, Path.of("target", "preview", "tall-summary-row"), 60).get(0);
    assertTrue(png.toFile().isFile());

    assertEveryGlyphInTheBody(pdf);
    PdfStructure structure = PdfStructure.read(pdf);
    String joined = String.join(", ", wards);
    List<PdfStructure.Element> cells =
        structure.ofType("TD").stream()
            .filter(td -> ExpectedText.normalize(td.text()).startsWith("Ward 1,"))
            .toList();
    assertEquals(1, cells.size(), "the wards are one TD, whatever the pages it spans");
    assertEquals(joined, ExpectedText.normalize(cells.get(0).text()));
    assertContentOnPages(pdf, "Ward 1,", 3);
    assertNull(
        ExpectedText.firstMissing(ExpectedText.of(notice), structure.readingText()),
        "the structure text, whole and in order");
  }

  @Test
  void dataTableCellTallerThanAPageSplitsAndRepeatsTheHeader() throws Exception {
    String nature = nature();
    Notice notice = tallDataRowNotice();
    byte[] pdf = render(notice);
    PdfPreview.writePngs(pdf, Path.of("target", "preview", "tall-data-row"), 60);

    assertEveryGlyphInTheBody(pdf);
    PdfStructure structure = PdfStructure.read(pdf);
    List<PdfStructure.Element> cells =
        structure.ofType("TD").stream()
            .filter(td -> ExpectedText.normalize(td.text()).startsWith("interest1 "))
            .toList();
    assertEquals(1, cells.size(), "the long cell is one TD");
    assertEquals(nature, ExpectedText.normalize(cells.get(0).text()));
    assertContentOnPages(pdf, "interest1 ", 3);
    assertNull(ExpectedText.firstMissing(ExpectedText.of(notice), structure.readingText()));
    assertTrue(
        structure.artifactText().stream().anyMatch(a -> a.startsWith("Dispensation")),
        "the header row repeats on the page where the row continues");
  }

  /**
   * The cell whose text starts with {@code start} is one element with marked content on at least
   * {@code pages} pages: MCIDs on its own page, marked-content references naming the others.
   */
  private static void assertContentOnPages(byte[] pdf, String start, int pages) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDStructureElement cell =
          find(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), start, doc);
      assertTrue(cell != null, "no cell starting " + start);
      Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Object kid : cell.getKids()) {
        if (kid instanceof Integer) {
          seen.add(cell.getPage().getCOSObject());
        } else if (kid instanceof PDMarkedContentReference reference) {
          assertTrue(reference.getPage() != null, "a marked-content reference without /Pg");
          seen.add(reference.getPage().getCOSObject());
        }
      }
      assertTrue(seen.size() >= pages, "the cell's content is on " + seen.size() + " pages");
    }
  }

  private static PDStructureElement find(List<Object> kids, String start, PDDocument doc)
      throws IOException {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("TD".equals(element.getStructureType()) && element.getPage() != null) {
          String text = firstText(element, doc);
          if (text != null && text.startsWith(start)) {
            return element;
          }
        }
        PDStructureElement found = find(element.getKids(), start, doc);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The text of an element's first MCID, on its own page. */
  private static String firstText(PDStructureElement element, PDDocument doc) throws IOException {
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(element.getPage());
        for (PDMarkedContent content : extractor.getMarkedContents()) {
          if (content.getMCID() == mcid) {
            StringBuilder text = new StringBuilder();
            for (Object item : content.getContents()) {
              if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
              }
            }
            return text.toString();
          }
        }
      }
    }
    return null;
  }

  /**
   * Every glyph of the page's flow (all but the running header and footer, which are pagination
   * artifacts) lies between the top of the body and its foot, above the footer rule.
   */
  private void assertEveryGlyphInTheBody(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      GlyphPositions glyphs = new GlyphPositions();
      glyphs.getText(doc);
      assertTrue(doc.getNumberOfPages() >= 2, "the row should need a second page");
      List<String> outside = new ArrayList<>();
      for (int p = 0; p < glyphs.pages.size(); p++) {
        assertTrue(!glyphs.pages.get(p).isEmpty(), "page " + (p + 1) + " has no text");
        for (TextPosition t : glyphs.pages.get(p)) {
          float baseline = t.getYDirAdj();
          float top = baseline - t.getFontSizeInPt() * 0.75f;
          if (top < body.bodyTop() || baseline > body.bodyBottom()) {
            outside.add("page " + (p + 1) + " y=" + baseline + " '" + t.getUnicode() + "'");
          }
        }
      }
      assertEquals(
          List.of(),
          outside.subList(0, Math.min(10, outside.size())),
          outside.size() + " glyphs outside the body");
    }
  }

  /** Glyph positions per page, leaving out the running header and footer. */
  private static final class GlyphPositions extends PDFTextStripper {
    final List<List<TextPosition>> pages = new ArrayList<>();
    private final Set<TextPosition> pagination = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Boolean> marked = new ArrayDeque<>();

    GlyphPositions() throws IOException {
      setSortByPosition(true);
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      pages.add(new ArrayList<>());
      super.startPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      boolean parent = !marked.isEmpty() && marked.peek();
      String subtype = properties == null ? null : properties.getNameAsString(COSName.SUBTYPE);
      marked.push(
          parent
              || (COSName.ARTIFACT.equals(tag)
                  && ("Header".equals(subtype) || "Footer".equals(subtype))));
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      if (!marked.isEmpty()) {
        marked.pop();
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!marked.isEmpty() && marked.peek()) {
        pagination.add(text);
      }
      super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      for (TextPosition position : positions) {
        if (!pagination.contains(position)) {
          pages.get(pages.size() - 1).add(position);
        }
      }
      super.writeString(text, positions);
    }
  }

  private static List<String> wards() {
    return IntStream.rangeClosed(1, 500).mapToObj(i -> "Ward " + i).toList();
  }

  /** The cabinet sample in 500 wards: one summary row taller than a page. */
  static Notice summaryRowNotice() {
    return layout(Samples.record("cabinet-key-decision").toBuilder().wards(wards()).build());
  }

  private static String nature() {
    return IntStream.rangeClosed(1, 900)
        .mapToObj(i -> "interest" + i)
        .collect(Collectors.joining(" "));
  }

  /** The cabinet sample with an interest whose nature is taller than a page. */
  static Notice tallDataRowNotice() {
    DecisionRecord base = Samples.record("cabinet-key-decision");
    List<Interest> interests = new ArrayList<>(base.interests());
    interests.add(new Interest("Councillor Long", nature(), "None"));
    interests.add(new Interest("Councillor After", "Lives in the area", "None"));
    return layout(base.toBuilder().interests(interests).build());
  }

  private static Notice layout(DecisionRecord record) {
    return DecisionNotices.builder().discoverRenderers(false).build().layout(record);
  }

  private byte[] render(Notice notice) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(notice, RenderOptions.defaults(), out);
    return out.toByteArray();
  }
}
