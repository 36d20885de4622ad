package org.decisionnotices.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.MultilingualSample;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Word's language of parts and script properties: a marked passage's runs carry {@code w:lang}
 * (with {@code w:bidi} or {@code w:eastAsia}), and runs in complex or East Asian scripts the font
 * slot, direction and complex-script flag Word chooses by.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageOfPartsTest {
  private final List<R> runs = new ArrayList<>();
  private final List<P> paragraphs = new ArrayList<>();

  @BeforeAll
  void render() throws Exception {
    var notice = MultilingualSample.notice();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.create().render(notice, RenderOptions.defaults(), out);
    WordprocessingMLPackage pkg = DocxText.load(out.toByteArray());
    DocxText.collect(pkg.getMainDocumentPart().getJaxbElement().getBody(), R.class, runs);
    DocxText.collect(pkg.getMainDocumentPart().getJaxbElement().getBody(), P.class, paragraphs);
  }

  private RPr properties(String text) {
    for (R r : runs) {
      if (DocxText.text(r).equals(text)) {
        assertNotNull(r.getRPr(), "no run properties for " + text);
        return r.getRPr();
      }
    }
    throw new AssertionError("no run is exactly \"" + text + "\"");
  }

  /** A paragraph that starts right to left is set right to left, as in the PDF and the HTML. */
  @Test
  void paragraphsTakeTheDirectionOfTheirFirstStrongCharacter() {
    assertTrue(isBidi(paragraph("اردو ریڈرز سرکل نے کمیٹی کا شکریہ ادا کیا۔")));
    assertFalse(isBidi(paragraph("(The Urdu readers' circle thanked the Committee.)")));
    // An English list item with an Urdu name inside stays left to right.
    P item =
        paragraph(
            "the Urdu readers' circle (اردو ریڈرز سرکل), which meets weekly at Ashcombe Library;");
    assertFalse(isBidi(item));
  }

  private P paragraph(String text) {
    for (P p : paragraphs) {
      if (DocxText.text(p).strip().equals(text)) {
        return p;
      }
    }
    throw new AssertionError("no paragraph is exactly \"" + text + "\"");
  }

  private static boolean isBidi(P p) {
    return p.getPPr() != null && p.getPPr().getBidi() != null && p.getPPr().getBidi().isVal();
  }

  @Test
  void rightToLeftPassageIsMarkedForWord() {
    RPr urdu = properties("اردو ریڈرز سرکل");
    assertEquals("ur", urdu.getLang().getVal());
    assertEquals("ur", urdu.getLang().getBidi());
    assertTrue(urdu.getRtl().isVal());
    assertTrue(urdu.getCs().isVal());
    assertEquals("Noto Naskh Arabic", urdu.getRFonts().getCs());
  }

  @Test
  void complexScriptPassageUsesTheComplexScriptSlot() {
    RPr bengali = properties("বাংলা পাঠচক্র");
    assertEquals("bn", bengali.getLang().getBidi());
    assertTrue(bengali.getCs().isVal());
    assertNull(bengali.getRtl());
    assertEquals("Noto Sans Bengali", bengali.getRFonts().getCs());
  }

  @Test
  void eastAsianPassageUsesTheEastAsianSlot() {
    RPr chinese = properties("华人社区中心");
    assertEquals("zh-Hans", chinese.getLang().getEastAsia());
    assertEquals("Droid Sans Fallback", chinese.getRFonts().getEastAsia());
    assertNull(chinese.getCs());
  }

  @Test
  void unmarkedLatinTextKeepsTheDocumentsLanguage() {
    RPr polish = null;
    for (R r : runs) {
      if (DocxText.text(r).contains("Polska Szkoła Sobotnia")) {
        polish = r.getRPr();
      }
    }
    assertTrue(polish == null || polish.getLang() == null, "no language of its own");
  }
}
