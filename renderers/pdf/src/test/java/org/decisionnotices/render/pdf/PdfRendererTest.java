package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.decisionnotices.render.testkit.TestBranding;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.junit.jupiter.api.Test;

/**
 * What the contract test cannot see: structure, pagination, fonts, preview. veraPDF's verdicts on
 * the same notices are in {@link PdfConformanceIT}.
 */
class PdfRendererTest {
  private static final PdfRenderer RENDERER = PdfRenderer.create();

  // ---- pagination ----

  @Test
  void longRecordFlowsOverPages() throws Exception {
    byte[] shortPdf = render(cabinet(), RenderOptions.defaults());
    byte[] longPdf = render(longCabinet(), RenderOptions.defaults());
    PdfStructure shortText = PdfStructure.read(shortPdf);
    PdfStructure longText = PdfStructure.read(longPdf);
    assertTrue(
        longText.pages() >= 4,
        "the long record should take at least 4 pages, took " + longText.pages());
    assertTrue(
        longText.pages() > shortText.pages(),
        "long " + longText.pages() + " vs short " + shortText.pages());
    // Every discussion paragraph appears as often as it was repeated, whole, in order.
    assertEquals(
        longText.ofType("P").stream()
            .filter(p -> p.text().startsWith("County Councillor Priya Shah"))
            .count(),
        4);
  }

  @Test
  void brandedNoticeHasTaggedLogoAndCouncilName() throws Exception {
    byte[] pdf = render(longCabinet(), branded());
    PdfStructure text = PdfStructure.read(pdf);
    List<PdfStructure.Element> figures = text.ofType("Figure");
    assertEquals(1, figures.size(), "one tagged logo, on page 1; later pages' logos are artifacts");
    assertEquals("P", text.elements().get(1).type());
    assertEquals("Westmere County Council", text.elements().get(1).text().strip());
    assertTrue(
        text.artifactText().stream().anyMatch(a -> a.contains("Westmere County Council")),
        "the council name repeats on later pages as a header artifact");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var kids = doc.getDocumentCatalog().getStructureTreeRoot().getKids();
      var document =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              kids.get(0);
      var figure = findFirst(document, "Figure");
      assertEquals("Westmere County Council logo", figure.getAlternateDescription());
    }
  }

  @Test
  void longTableRepeatsItsHeaderRowAsAnArtifact() throws Exception {
    Notice notice = longTable();
    byte[] pdf = render(notice, RenderOptions.defaults());
    PdfStructure text = PdfStructure.read(pdf);
    long repeated = text.artifactText().stream().filter(a -> a.startsWith("Dispensation")).count();
    assertTrue(repeated >= 2, "header row repeated on each further page: " + repeated);
    long taggedHeaders =
        text.ofType("TH").stream().filter(th -> th.text().startsWith("Dispensation")).count();
    assertEquals(
        2, taggedHeaders, "tagged once per table (interests and register); repeats are artifacts");
    assertTrue(text.ofType("TD").stream().anyMatch(td -> td.text().startsWith("Councillor 90")));
  }

  // ---- structure ----

  @Test
  void headingsAreOneH1ThenH2PerSectionInOrder() throws Exception {
    Notice notice = cabinet();
    PdfStructure text = PdfStructure.read(render(notice, RenderOptions.defaults()));
    List<String> headings =
        text.elements().stream()
            .filter(e -> e.type().matches("H\\d"))
            .map(e -> e.type() + " " + e.text().strip())
            .toList();
    List<String> expected = new ArrayList<>();
    expected.add("H1 " + notice.title());
    notice.sections().stream()
        .filter(s -> s.heading() != null)
        .forEach(s -> expected.add("H2 " + s.heading()));
    assertEquals(expected, headings);
    assertEquals("Document", text.elements().get(0).type());
  }

  @Test
  void tablesListsAndLinksAreTagged() throws Exception {
    PdfStructure text = PdfStructure.read(render(cabinet(), RenderOptions.defaults()));
    for (String type :
        List.of("Sect", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "Link", "P")) {
      assertFalse(text.ofType(type).isEmpty(), type + " missing from " + text.types());
    }
    assertTrue(
        text.ofType("TH").stream().anyMatch(th -> "Row".equals(th.scope())),
        "summary labels are row headers");
    assertTrue(
        text.ofType("TH").stream().anyMatch(th -> "Column".equals(th.scope())),
        "table headings are column headers");
    assertTrue(
        text.ofType("TH").stream().allMatch(th -> th.scope() != null), "every TH has a scope");
    // Each item's label comes before its body.
    List<String> types = text.types();
    int lbl = types.indexOf("Lbl");
    assertEquals("LBody", types.get(lbl + 1));
    assertTrue(
        text.ofType("Link").stream()
            .anyMatch(l -> l.text().contains("section 7 of the Public Libraries")),
        "prose link text belongs to its Link element");
  }

  @Test
  void linksAreClickableAnnotationsWithContents() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(cabinet(), RenderOptions.defaults()))) {
      List<PDAnnotationLink> links = new ArrayList<>();
      for (var page : doc.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            links.add(link);
          }
        }
      }
      assertTrue(links.size() >= 5, "meeting, two emails, prose link, documents: " + links.size());
      for (PDAnnotationLink link : links) {
        assertFalse(
            link.getContents() == null || link.getContents().isBlank(), "link without /Contents");
        assertTrue(
            link.getStructParent() >= doc.getNumberOfPages(),
            "annotation keys follow the page keys");
      }
      assertTrue(
          links.stream()
              .anyMatch(
                  l ->
                      ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) l.getAction())
                          .getURI()
                          .equals("https://www.legislation.gov.uk/ukpga/1964/75/section/7")));
    }
  }

  @Test
  void wrappedLinesKeepTheSpaceBetweenWords() throws Exception {
    Notice notice = longCabinet();
    PdfStructure text = PdfStructure.read(render(notice, RenderOptions.defaults()));
    // Every paragraph of the prose, exactly as written: a lost space at a line break would show.
    List<String> expected = new ArrayList<>();
    for (Section section : notice.sections()) {
      for (Part part : section.parts()) {
        if (part instanceof Blocks blocks) {
          blocks.blocks().stream()
              .filter(b -> b instanceof Paragraph)
              .forEach(b -> expected.add(Inline.plainText(((Paragraph) b).inlines())));
        }
      }
    }
    List<String> actual = text.ofType("P").stream().map(p -> p.text().strip()).toList();
    for (String paragraph : expected) {
      assertTrue(
          actual.contains(paragraph),
          "paragraph not found whole:\n" + paragraph + "\nin:\n" + actual);
    }
    assertTrue(
        expected.stream().anyMatch(p -> p.length() > 300), "the check needs paragraphs that wrap");
  }

  @Test
  void markInfoSaysMarkedAndNothingElse() throws Exception {
    // poppler reports /Suspects false as "Suspects object is wrong type (boolean)".
    try (PDDocument doc = Loader.loadPDF(render(longCabinet(), RenderOptions.defaults()))) {
      org.apache.pdfbox.cos.COSDictionary markInfo =
          doc.getDocumentCatalog().getMarkInfo().getCOSObject();
      assertEquals(
          java.util.Set.of(org.apache.pdfbox.cos.COSName.getPDFName("Marked")), markInfo.keySet());
      assertTrue(markInfo.getBoolean(org.apache.pdfbox.cos.COSName.getPDFName("Marked"), false));
    }
  }

  @Test
  void footerSaysPageNofMAsAnArtifact() throws Exception {
    PdfStructure text = PdfStructure.read(render(longCabinet(), RenderOptions.defaults()));
    int pages = text.pages();
    for (int page = 1; page <= pages; page++) {
      String footer = "Page " + page + " of " + pages;
      assertTrue(
          text.artifactText().contains(footer),
          footer + " missing from artifacts " + text.artifactText());
      assertFalse(
          text.readingText().toString().contains(footer),
          "footer must not be in the tagged content");
    }
  }

  @Test
  void welshNoticeHasWelshFooterAndLanguage() throws Exception {
    Sample welsh =
        Samples.records().stream()
            .filter(s -> s.name().startsWith("welsh"))
            .findFirst()
            .orElseThrow();
    byte[] pdf = render(layout(welsh.record().id(), welsh), RenderOptions.defaults());
    PdfStructure text = PdfStructure.read(pdf);
    assertTrue(
        text.artifactText().contains("Tudalen 1 o " + text.pages()),
        text.artifactText().toString());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("cy-GB", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void sectionLanguageBecomesLangOfItsElement() throws Exception {
    Notice notice = welshSection();
    byte[] pdf = render(notice, RenderOptions.defaults());
    PdfStructure text = PdfStructure.read(pdf);
    assertTrue(
        text.ofType("Sect").stream()
            .anyMatch(s -> "cy".equals(s.language()) && s.text().contains("Penderfyniad")),
        "the Welsh section's Sect carries /Lang cy");
  }

  @Test
  void bookmarksAreTheHeadings() throws Exception {
    Notice notice = cabinet();
    try (PDDocument doc = Loader.loadPDF(render(notice, RenderOptions.defaults()))) {
      List<String> titles = new ArrayList<>();
      collect(doc.getDocumentCatalog().getDocumentOutline(), titles);
      List<String> expected = new ArrayList<>();
      expected.add(notice.title());
      notice.sections().stream()
          .filter(s -> s.heading() != null)
          .forEach(s -> expected.add(s.heading()));
      assertEquals(expected, titles);
    }
  }

  @Test
  void letterPaperIsHonoured() throws Exception {
    RenderOptions letter = RenderOptions.builder().pageSize(PageSize.LETTER).build();
    try (PDDocument doc = Loader.loadPDF(render(cabinet(), letter))) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertEquals(612f, box.getWidth(), 0.01);
      assertEquals(792f, box.getHeight(), 0.01);
    }
    try (PDDocument doc = Loader.loadPDF(render(cabinet(), RenderOptions.defaults()))) {
      assertEquals(PageSize.A4.widthPoints(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
    }
  }

  @Test
  void characterNoFontHasFailsNamingItAndTheSection() {
    Notice base = cabinet();
    // Egyptian hieroglyph A001: in no font of the chain.
    Notice hieroglyphTitle =
        new Notice(
            base.id(),
            base.title() + " \uD80C\uDC00",
            base.language(),
            base.date(),
            base.sections());
    RenderException title =
        assertThrows(
            RenderException.class, () -> render(hieroglyphTitle, RenderOptions.defaults()));
    for (String part :
        List.of(
            "U+13000",
            "EGYPTIAN HIEROGLYPH A001",
            "Liberation Sans",
            "Noto Naskh Arabic",
            "Droid Sans Fallback",
            "Symbola")) {
      assertTrue(title.getMessage().contains(part), part + " not in: " + title.getMessage());
    }
    assertEquals(base.id(), title.noticeId());

    List<Section> sections = new ArrayList<>(base.sections());
    sections.add(
        new Section(
            "reasons-vai",
            "Reasons",
            null,
            List.of(
                new Blocks(
                    List.of(new Paragraph(List.of(new Text("Agreed \uA500\uA501 today"))))))));
    Notice vai = new Notice(base.id(), base.title(), base.language(), base.date(), sections);
    RenderException body =
        assertThrows(RenderException.class, () -> render(vai, RenderOptions.defaults()));
    assertTrue(body.getMessage().contains("U+A500 VAI SYLLABLE EE"), body.getMessage());
    assertEquals("reasons-vai", body.section());
  }

  @Test
  void isFoundByServiceLoader() {
    boolean found = false;
    for (Renderer r : ServiceLoader.load(Renderer.class)) {
      found |= r instanceof PdfRenderer;
    }
    assertTrue(found, "META-INF/services must name PdfRenderer");
  }

  @Test
  void koreanSyllablesAreDrawnInNanumGothicAndReadBack() throws IOException {
    byte[] pdf = render(koreanSection(), RenderOptions.defaults());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains(KOREAN), text);
      List<String> fonts = new ArrayList<>();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name).getName());
        }
      }
      assertTrue(fonts.stream().anyMatch(f -> f.endsWith("NanumGothic")), fonts.toString());
    }
  }

  /**
   * A paragraph takes the direction of its first strong character (Unicode rules P2 and P3): one
   * that starts in Urdu is set right to left (the English word after the Urdu is drawn to its left)
   * and aligned right; one that starts in English keeps the left-to-right order and margin.
   */
  @Test
  void aParagraphThatStartsRightToLeftIsSetRightToLeft() throws IOException {
    String urdu = "ریڈرز سرکل";
    Glyphs rtl = glyphs(withSection("summary", "Summary", "en", urdu + " Zephyrine"));
    Glyphs ltr = glyphs(withSection("summary", "Summary", "en", "Zephyrine " + urdu));
    float width = PageSize.A4.widthPoints();
    assertTrue(rtl.latinLeft() < rtl.arabicLeft(), "English left of the Urdu: " + rtl);
    assertTrue(rtl.arabicRight() > width * 0.75f, "aligned right: " + rtl);
    assertTrue(rtl.latinLeft() > width * 0.5f, "aligned right: " + rtl);
    assertTrue(ltr.latinLeft() < ltr.arabicLeft(), "English first: " + ltr);
    assertTrue(ltr.latinLeft() < width * 0.25f, "at the left margin: " + ltr);
  }

  /** Where the glyphs of Arabic script and of the word "Zephyrine" were drawn, in points. */
  private record Glyphs(float arabicLeft, float arabicRight, float latinLeft) {}

  private static Glyphs glyphs(Notice notice) throws IOException {
    float[] found = {Float.MAX_VALUE, 0, Float.MAX_VALUE};
    try (PDDocument document = Loader.loadPDF(render(notice, RenderOptions.defaults()))) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              boolean zephyrine = text.contains("Zephyrine");
              for (TextPosition glyph : positions) {
                String unicode = glyph.getUnicode();
                float x = glyph.getXDirAdj();
                if (unicode.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
                  found[0] = Math.min(found[0], x);
                  found[1] = Math.max(found[1], x + glyph.getWidthDirAdj());
                } else if (zephyrine && unicode.equals("Z")) {
                  found[2] = Math.min(found[2], x);
                }
              }
            }
          };
      stripper.getText(document);
    }
    return new Glyphs(found[0], found[1], found[2]);
  }

  // ---- preview ----

  @Test
  void previewWritesOnePngPerPage() throws Exception {
    Path dir = Path.of("target", "preview");
    for (String name : List.of("lscb-annual-report", "cabinet-key-decision")) {
      Sample sample =
          Samples.records().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
      byte[] pdf =
          render(
              layout(name, sample),
              name.startsWith("cabinet") ? branded() : RenderOptions.defaults());
      int pages = PdfStructure.read(pdf).pages();
      List<Path> pngs = PdfPreview.writePngs(pdf, dir.resolve(name), 60);
      assertEquals(pages, pngs.size());
      BufferedImage first = ImageIO.read(pngs.get(0).toFile());
      assertEquals(Math.round(PageSize.A4.widthPoints() * 60 / 72), first.getWidth(), 1.0);
    }
  }

  // ---- helpers ----

  static byte[] render(Notice notice, RenderOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERER.render(notice, options, out);
    return out.toByteArray();
  }

  /** The cabinet sample with a 90-row register of interests added: a table over pages. */
  static Notice longTable() {
    Notice base = cabinet();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 90; i++) {
      rows.add(
          List.of("Councillor " + i, "Member of a body with an interest in item " + i, "None"));
    }
    List<Section> sections = new ArrayList<>(base.sections());
    sections.add(
        new Section(
            "register",
            "Register of interests",
            null,
            List.of(
                new org.decisionnotices.render.layout.Table(
                    "Register", List.of("Member", "Interest", "Dispensation"), rows))));
    return new Notice(base.id(), base.title(), base.language(), base.date(), sections);
  }

  /** The cabinet sample with a section in Welsh. */
  static Notice welshSection() {
    return withSection(
        "crynodeb", "Crynodeb", "cy", "Penderfyniad y Cabinet ar wasanaeth y llyfrgell.");
  }

  /** Hangul syllables, as Korean is written (Droid Sans Fallback has only the jamo). */
  static final String KOREAN = "모든 인간은 태어날 때부터 자유로우며";

  /** The cabinet sample with a section in Korean. */
  static Notice koreanSection() {
    return withSection("summary", "Summary", "ko", KOREAN);
  }

  /** The cabinet sample with one more section, of one paragraph in the given language. */
  private static Notice withSection(String key, String heading, String language, String text) {
    Notice base = cabinet();
    List<Section> sections = new ArrayList<>(base.sections());
    sections.add(
        new Section(
            key,
            heading,
            Locale.forLanguageTag(language),
            List.of(new Blocks(List.of(new Paragraph(List.of(new Text(text))))))));
    return new Notice(base.id(), base.title(), base.language(), base.date(), sections);
  }

  static Notice layout(String unused, Sample sample) {
    return DecisionNotices.builder().discoverRenderers(false).build().layout(sample.record());
  }

  static Notice cabinet() {
    return DecisionNotices.builder()
        .discoverRenderers(false)
        .build()
        .layout(Samples.record("cabinet-key-decision"));
  }

  /** The cabinet sample with its discussion four times over. */
  static Notice longCabinet() {
    Notice base = cabinet();
    List<Section> sections = new ArrayList<>();
    for (Section section : base.sections()) {
      if (section.key().equals("discussion")) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          parts.addAll(section.parts());
        }
        sections.add(new Section(section.key(), section.heading(), section.language(), parts));
      } else {
        sections.add(section);
      }
    }
    return new Notice(base.id(), base.title(), base.language(), base.date(), sections);
  }

  static RenderOptions branded() {
    return TestBranding.options("Westmere County Council", "#00594F");
  }

  private static void collect(PDOutlineNode node, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add(item.getTitle());
      collect(item, titles);
    }
  }

  private static org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement
      findFirst(
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element,
          String type) {
    if (element.getStructureType().equals(type)) {
      return element;
    }
    for (Object kid : element.getKids()) {
      if (kid
          instanceof
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement child) {
        var found = findFirst(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
