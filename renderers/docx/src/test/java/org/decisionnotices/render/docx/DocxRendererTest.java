package org.decisionnotices.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Section;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.junit.jupiter.api.Test;

/** Behaviour the samples do not reach: hand-built notices. */
class DocxRendererTest {
  private static final LocalDate DATE = LocalDate.of(2025, 2, 13);

  private static byte[] render(Notice notice, RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.create().render(notice, options, out);
    return out.toByteArray();
  }

  private static Notice notice(Locale language, Section... sections) {
    return new Notice("test-notice", "A test notice", language, DATE, List.of(sections));
  }

  private static Paragraph para(Inline... inlines) {
    return new Paragraph(List.of(inlines));
  }

  private static ListItem item(String text) {
    return new ListItem(List.of(para(new Text(text))));
  }

  @Test
  void isFoundByServiceLoader() {
    assertTrue(
        ServiceLoader.load(Renderer.class).stream().anyMatch(p -> p.type() == DocxRenderer.class));
    assertEquals(Format.DOCX, DocxRenderer.create().format());
  }

  @Test
  void aSectionInAnotherLanguageCarriesItsLanguageOnEveryRun() throws Exception {
    Section welsh =
        new Section(
            "summaryCy",
            "Crynodeb",
            Locale.forLanguageTag("cy-GB"),
            List.of(new Blocks(List.of(para(new Text("Penderfynodd y Cabinet."))))));
    Section english =
        new Section(
            "summary",
            "Summary",
            null,
            List.of(new Blocks(List.of(para(new Text("Cabinet decided."))))));
    WordprocessingMLPackage pkg =
        DocxText.load(render(notice(Locale.UK, welsh, english), RenderOptions.defaults()));
    List<R> runs = new ArrayList<>();
    DocxText.collect(pkg.getMainDocumentPart().getJaxbElement().getBody(), R.class, runs);
    int welshRuns = 0;
    for (R r : runs) {
      String text = DocxText.text(r);
      boolean isWelsh = text.equals("Crynodeb") || text.equals("Penderfynodd y Cabinet.");
      String lang =
          r.getRPr() == null || r.getRPr().getLang() == null ? null : r.getRPr().getLang().getVal();
      assertEquals(isWelsh ? "cy-GB" : null, lang, text);
      welshRuns += isWelsh ? 1 : 0;
    }
    assertEquals(2, welshRuns);
  }

  @Test
  void everyListRestartsAtItsOwnStart() throws Exception {
    ListBlock first = new ListBlock(true, 1, List.of(item("one"), item("two")));
    ListBlock second = new ListBlock(true, 4, List.of(item("four"), item("five")));
    ListBlock nested =
        new ListBlock(
            false,
            1,
            List.of(
                new ListItem(
                    List.of(
                        para(new Text("parent")),
                        new ListBlock(false, 1, List.of(item("child")))))));
    Section section =
        new Section(
            "decision",
            "Decision",
            null,
            List.of(new Blocks(List.of(first, para(new Text("between")), second, nested))));
    WordprocessingMLPackage pkg =
        DocxText.load(render(notice(Locale.UK, section), RenderOptions.defaults()));
    var numbering = pkg.getMainDocumentPart().getNumberingDefinitionsPart().getJaxbElement();
    assertEquals(4, numbering.getNum().size(), "a numbering instance per list");
    List<Integer> starts =
        numbering.getNum().stream()
            .map(n -> n.getLvlOverride().get(0).getStartOverride().getVal().intValue())
            .toList();
    assertEquals(List.of(1, 4, 1, 1), starts);
    P child =
        DocxText.paragraphs(pkg).stream()
            .filter(p -> DocxText.text(p).strip().equals("child"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        1, child.getPPr().getNumPr().getIlvl().getVal().intValue(), "nested list one level down");
  }

  @Test
  void footerCountsPagesWithFieldsInTheNoticeLanguage() throws Exception {
    Section section =
        new Section(
            "purpose", "Diben", null, List.of(new Blocks(List.of(para(new Text("Testun."))))));
    WordprocessingMLPackage pkg =
        DocxText.load(
            render(notice(Locale.forLanguageTag("cy-GB"), section), RenderOptions.defaults()));
    FooterPart footer =
        pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getDefaultFooter();
    List<CTSimpleField> fields = new ArrayList<>();
    DocxText.collect(footer.getJaxbElement(), CTSimpleField.class, fields);
    assertEquals(
        List.of("PAGE", "NUMPAGES"), fields.stream().map(f -> f.getInstr().strip()).toList());
    assertTrue(
        DocxText.text(footer.getJaxbElement()).startsWith("Tudalen "),
        DocxText.text(footer.getJaxbElement()));
    assertTrue(DocxText.of(pkg).indexOf("Tudalen") < 0, "the footer is not in the body");
  }

  @Test
  void zipEntriesCarryTheNoticeDateNotTheClock() throws Exception {
    Section section =
        new Section(
            "purpose", "Purpose", null, List.of(new Blocks(List.of(para(new Text("Text."))))));
    byte[] docx = render(notice(Locale.UK, section), RenderOptions.defaults());
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(2025, 2, 13, 0, 0), e.getTimeLocal(), e.getName());
      }
    }
    assertEquals("[Content_Types].xml", names.get(0));
    Notice later =
        new Notice("test-notice", "A test notice", Locale.UK, DATE.plusDays(1), List.of(section));
    assertNotEquals(
        new String(docx, java.nio.charset.StandardCharsets.ISO_8859_1),
        new String(
            render(later, RenderOptions.defaults()), java.nio.charset.StandardCharsets.ISO_8859_1));
  }
}
