package org.decisionnotices.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.render.Colours;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of Word's Accessibility Checker, asserted on the reloaded package of every sample,
 * plain and branded.
 */
class WordAccessibilityTest {

  static List<Cases> cases() {
    return Cases.plainAndBranded();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void titleAndLanguageAreInTheProperties(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    CoreProperties core = pkg.getDocPropsCorePart().getJaxbElement();
    String tag = c.notice().language().toLanguageTag();
    assertEquals(
        List.of(c.options().documentTitle(c.notice())),
        core.getTitle().getValue().getContent(),
        "dc:title");
    assertEquals(List.of(tag), core.getLanguage().getContent(), "dc:language");
    Styles styles = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement();
    assertEquals(
        tag, styles.getDocDefaults().getRPrDefault().getRPr().getLang().getVal(), "default w:lang");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneHeading1ThenSectionHeadingsWithoutSkippedLevels(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    Map<String, Style> styles = styles(pkg);
    List<Integer> levels = new ArrayList<>();
    List<String> level2 = new ArrayList<>();
    for (Object o : pkg.getMainDocumentPart().getContent()) {
      if (o instanceof P p) {
        Integer level = outlineLevel(styleOf(p), styles);
        if (level != null) {
          levels.add(level);
          if (level == 1) {
            level2.add(DocxText.text(p).strip());
          }
        }
      }
    }
    assertEquals(0, levels.get(0), "the document starts with its Heading 1");
    assertEquals(
        1, levels.stream().filter(l -> l == 0).count(), "exactly one Heading 1: " + levels);
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading level skipped: " + levels);
    }
    P first = (P) pkg.getMainDocumentPart().getContent().get(0);
    assertEquals(c.notice().title(), DocxText.text(first).strip());
    List<String> expected =
        c.notice().sections().stream().map(Section::heading).filter(h -> h != null).toList();
    assertEquals(expected, level2, "section headings as Heading 2, in layout order");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyTableHasARepeatedHeaderRow(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    List<Tbl> tables = new ArrayList<>();
    DocxText.collect(pkg.getMainDocumentPart().getJaxbElement().getBody(), Tbl.class, tables);
    assertEquals(count(c.notice(), Table.class), tables.size(), "one table per layout table");
    for (Tbl table : tables) {
      Tr first =
          (Tr)
              table.getContent().stream()
                  .map(DocxText::unwrap)
                  .filter(Tr.class::isInstance)
                  .findFirst()
                  .orElseThrow();
      assertNotNull(first.getTrPr(), "first row has no properties");
      boolean repeated =
          first.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
              .anyMatch(
                  e ->
                      e.getName().getLocalPart().equals("tblHeader")
                          && ((BooleanDefaultTrue) e.getValue()).isVal());
      assertTrue(repeated, "the first row is a repeated header row");
      assertNotNull(table.getTblPr().getTblCaption(), "the table has a caption (alt text title)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyImageHasAltText(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    List<Drawing> drawings = new ArrayList<>();
    for (org.docx4j.openpackaging.parts.Part part : pkg.getParts().getParts().values()) {
      if (part instanceof JaxbXmlPart<?> xml && xml.getJaxbElement() != null) {
        DocxText.collect(xml.getJaxbElement(), Drawing.class, drawings);
      }
    }
    assertEquals(c.hasLogo() ? 1 : 0, drawings.size(), "the logo, and nothing else, is a picture");
    for (Drawing drawing : drawings) {
      for (Object o : drawing.getAnchorOrInline()) {
        var inline = (org.docx4j.dml.wordprocessingDrawing.Inline) o;
        assertEquals(Cases.LOGO_ALT, inline.getDocPr().getDescr(), "alt text");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void linksAreRealAndMeaningful(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    List<P.Hyperlink> links = new ArrayList<>();
    DocxText.collect(
        pkg.getMainDocumentPart().getJaxbElement().getBody(), P.Hyperlink.class, links);
    assertEquals(countLinks(c.notice()), links.size(), "one w:hyperlink per link");
    for (P.Hyperlink link : links) {
      Relationship rel =
          pkg.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(link.getId());
      assertNotNull(rel, "relationship " + link.getId());
      assertEquals("External", rel.getTargetMode());
      String target = rel.getTarget();
      assertTrue(
          target.matches("(?i)(https?|mailto):.+"), "only http, https and mailto: " + target);
      String text = DocxText.text(link).strip();
      assertFalse(text.isEmpty(), "link text for " + target);
      // Word flags link text that is the bare address; an e-mail address names its destination.
      assertFalse(
          text.equalsIgnoreCase(target) || text.matches("(?i)(https?://|www\\.).*"),
          "link text is a bare URL: " + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void noEmptyParagraphs(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    List<P> paragraphs = new ArrayList<>(DocxText.paragraphs(pkg));
    for (org.docx4j.openpackaging.parts.Part part : pkg.getParts().getParts().values()) {
      if (part instanceof org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart
          || part instanceof org.docx4j.openpackaging.parts.WordprocessingML.FooterPart) {
        DocxText.collect(((JaxbXmlPart<?>) part).getJaxbElement(), P.class, paragraphs);
      }
    }
    assertTrue(paragraphs.size() > c.notice().sections().size());
    for (P p : paragraphs) {
      List<Drawing> pictures = new ArrayList<>();
      DocxText.collect(p, Drawing.class, pictures);
      List<org.docx4j.wml.Pict> watermarks = new ArrayList<>();
      DocxText.collect(p, org.docx4j.wml.Pict.class, watermarks);
      assertTrue(
          !DocxText.text(p).isBlank() || !pictures.isEmpty() || !watermarks.isEmpty(),
          "empty paragraph " + p);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void coloursReachContrastAaAndHeadingsUseTheAccent(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    Map<String, Style> styles = styles(pkg);
    int coloured = 0;
    for (Style style : styles.values()) {
      if (style.getRPr() != null && style.getRPr().getColor() != null) {
        String colour = "#" + style.getRPr().getColor().getVal();
        assertTrue(
            Colours.contrastOnWhite(colour) >= 4.5, style.getStyleId() + " colour " + colour);
        coloured++;
      }
    }
    assertTrue(coloured >= 3, "headings and links are coloured");
    String accent = c.options().branding().accentColour().substring(1);
    for (String id : List.of("Heading1", "Heading2", "Hyperlink")) {
      assertEquals(
          accent, styles.get(id).getRPr().getColor().getVal().toUpperCase(Locale.ROOT), id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void listsUseRealNumberingThatRestartsPerList(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    Set<String> numIds = new HashSet<>();
    for (P p : DocxText.paragraphs(pkg)) {
      String style = styleOf(p);
      if ("ListBullet".equals(style) || "ListNumber".equals(style)) {
        assertNotNull(p.getPPr().getNumPr(), "list paragraph without numbering");
        numIds.add(p.getPPr().getNumPr().getNumId().getVal().toString());
      }
    }
    assertEquals(
        count(c.notice(), ListBlock.class), numIds.size(), "one numbering instance per list");
    if (!numIds.isEmpty()) {
      var numbering = pkg.getMainDocumentPart().getNumberingDefinitionsPart().getJaxbElement();
      for (var num : numbering.getNum()) {
        assertFalse(num.getLvlOverride().isEmpty(), "list " + num.getNumId() + " restarts");
        assertNotNull(num.getLvlOverride().get(0).getStartOverride());
      }
    }
  }

  static Map<String, Style> styles(WordprocessingMLPackage pkg) {
    Map<String, Style> out = new HashMap<>();
    for (Style s :
        pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()) {
      out.put(s.getStyleId(), s);
    }
    return out;
  }

  static String styleOf(P p) {
    return p.getPPr() == null || p.getPPr().getPStyle() == null
        ? "Normal"
        : p.getPPr().getPStyle().getVal();
  }

  /** The outline level a style gives, following basedOn, or null for body text. */
  static Integer outlineLevel(String styleId, Map<String, Style> styles) {
    for (Style s = styles.get(styleId);
        s != null;
        s = s.getBasedOn() == null ? null : styles.get(s.getBasedOn().getVal())) {
      if (s.getPPr() != null && s.getPPr().getOutlineLvl() != null) {
        int level = s.getPPr().getOutlineLvl().getVal().intValue();
        return level < 9 ? level : null;
      }
    }
    return null;
  }

  /** How many parts of {@code type} (Table) or blocks of it (ListBlock) the notice has. */
  static int count(Notice notice, Class<?> type) {
    int n = 0;
    for (Section section : notice.sections()) {
      for (Part part : section.parts()) {
        if (type.isInstance(part)) {
          n++;
        } else if (part instanceof Blocks blocks) {
          for (Block b : blocks.blocks()) {
            n += countBlocks(b, type);
          }
        }
      }
    }
    return n;
  }

  private static int countBlocks(Block block, Class<?> type) {
    int n = type.isInstance(block) ? 1 : 0;
    if (block instanceof ListBlock list) {
      for (ListItem item : list.items()) {
        for (Block b : item.blocks()) {
          n += countBlocks(b, type);
        }
      }
    }
    return n;
  }

  static int countLinks(Notice notice) {
    int n = 0;
    for (Section section : notice.sections()) {
      for (Part part : section.parts()) {
        if (part instanceof FieldList fields) {
          for (Field f : fields.fields()) {
            n += countLinks(f.value());
          }
        } else if (part instanceof Blocks blocks) {
          for (Block b : blocks.blocks()) {
            n += countLinksIn(b);
          }
        }
      }
    }
    return n;
  }

  private static int countLinksIn(Block block) {
    if (block instanceof Paragraph p) {
      return countLinks(p.inlines());
    }
    int n = 0;
    for (ListItem item : ((ListBlock) block).items()) {
      for (Block b : item.blocks()) {
        n += countLinksIn(b);
      }
    }
    return n;
  }

  private static int countLinks(List<org.decisionnotices.model.prose.Inline> inlines) {
    int n = 0;
    for (var inline : inlines) {
      if (inline instanceof Link) {
        n++;
      } else if (inline instanceof Emphasis e) {
        n += countLinks(e.children());
      } else if (inline instanceof Strong s) {
        n += countLinks(s.children());
      }
    }
    return n;
  }

  /** A draft's header holds Word's kind of watermark: the word in the notice's language. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aDraftHasAWatermarkInItsHeaderAndAFinalNoticeHasNone(Cases c) throws Exception {
    WordprocessingMLPackage pkg = DocxText.load(c.render());
    StringBuilder headers = new StringBuilder();
    for (org.docx4j.openpackaging.parts.Part part : pkg.getParts().getParts().values()) {
      if (part instanceof org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart header) {
        headers.append(org.docx4j.XmlUtils.marshaltoString(header.getJaxbElement()));
      }
    }
    String word = c.notice().language().getLanguage().equals("cy") ? "DRAFFT" : "DRAFT";
    boolean watermarked =
        headers.toString().matches("(?s).*<v:shape [^>]*id=\"PowerPlusWaterMarkObject.*")
            && headers.toString().contains("string=\"" + word + "\"");
    assertEquals(c.options().draft(), watermarked, headers.toString());
  }
}
