package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A notice in English then Welsh: every format marks the language of each section heading, so that
 * a screen reader reads Welsh with a Welsh voice (WCAG 2.2, 3.1.2 Language of Parts).
 */
class BilingualTest {
  private static final DecisionNotices NOTICES = DecisionNotices.create();
  private static Notice notice;
  private static Map<String, String> expected;

  @BeforeAll
  static void layOut() {
    notice =
        NOTICES.layoutBilingual(
            Samples.record("lscb-annual-report"), Samples.record("welsh-decision"));
    expected = new LinkedHashMap<>();
    for (Section section : notice.sections()) {
      expected.put(
          section.heading(), section.language() == null ? "en" : section.language().getLanguage());
    }
    assertTrue(expected.containsValue("cy") && expected.containsValue("en"), expected.toString());
  }

  private static byte[] render(Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NOTICES.render(notice, format, out);
    return out.toByteArray();
  }

  private static String primary(String tag) {
    return tag == null || tag.isEmpty() ? null : tag.split("-")[0];
  }

  @Test
  void html() throws Exception {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Element h2 :
        Jsoup.parse(new String(render(Format.HTML), StandardCharsets.UTF_8)).select("h2")) {
      Element withLang = h2.closest("[lang]");
      actual.put(h2.text(), primary(withLang == null ? null : withLang.attr("lang")));
    }
    assertEquals(expected, actual);
  }

  @Test
  void pdf() throws Exception {
    Map<String, String> actual = new LinkedHashMap<>();
    Deque<String[]> inherited = new ArrayDeque<>();
    String documentLanguage = "en";
    for (PdfStructure.Element e : PdfStructure.read(render(Format.PDF)).elements()) {
      while (!inherited.isEmpty() && Integer.parseInt(inherited.peek()[0]) >= e.depth()) {
        inherited.pop();
      }
      String language =
          e.language() != null
              ? primary(e.language())
              : inherited.isEmpty() ? documentLanguage : inherited.peek()[1];
      inherited.push(new String[] {Integer.toString(e.depth()), language});
      if (e.type().equals("H2")) {
        actual.put(e.text(), language);
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void docx() throws Exception {
    WordprocessingMLPackage pkg =
        WordprocessingMLPackage.load(new ByteArrayInputStream(render(Format.DOCX)));
    Map<String, String> actual = new LinkedHashMap<>();
    for (Object child : pkg.getMainDocumentPart().getContent()) {
      Object node = child instanceof JAXBElement<?> e ? e.getValue() : child;
      if (node instanceof P p
          && p.getPPr() != null
          && p.getPPr().getPStyle() != null
          && "Heading2".equals(p.getPPr().getPStyle().getVal())) {
        StringBuilder text = new StringBuilder();
        String language = "en";
        for (Object item : p.getContent()) {
          if (item instanceof R r) {
            for (Object t : r.getContent()) {
              Object value = t instanceof JAXBElement<?> e ? e.getValue() : t;
              if (value instanceof org.docx4j.wml.Text wt) {
                text.append(wt.getValue());
              }
            }
            if (r.getRPr() != null && r.getRPr().getLang() != null) {
              language = primary(r.getRPr().getLang().getVal());
            }
          }
        }
        actual.put(text.toString(), language);
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void sectionsOfTheSecondLanguageFollowTheFirst() {
    List<String> languages = List.copyOf(expected.values());
    assertEquals(languages.lastIndexOf("en") + 1, languages.indexOf("cy"), languages.toString());
  }
}
