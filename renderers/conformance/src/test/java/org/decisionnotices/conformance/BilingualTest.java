package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decisionnotices.model.Meeting;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A notice in English then Welsh: every format marks the language of each section heading, so that
 * a screen reader reads Welsh with a Welsh voice (WCAG 2.2, 3.1.2 Language of Parts).
 */
class BilingualTest {
  private static final DecisionNotices NOTICES = DecisionNotices.create();

  /** A bilingual document and, per section heading, the language it must be marked with. */
  record Case(String name, Notice notice, Map<String, String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    Path translations = Samples.dataDirectory().resolve("translations");
    Meeting welshMeeting = Samples.meeting(Samples.dataDirectory().resolve("meeting-cy.json"));
    Meeting englishMeeting = Samples.meeting(translations.resolve("meeting-cy-en.json"));
    return List.of(
        of(
            "English then Welsh notice",
            NOTICES.layoutBilingual(
                Samples.record("lscb-annual-report"), Samples.record("welsh-decision"))),
        of(
            "Welsh then English notice",
            NOTICES.layoutBilingual(
                Samples.record("welsh-decision"),
                record(translations.resolve("welsh-decision-en.json")))),
        of(
            "Welsh then English minutes",
            DecisionNotices.bilingual(
                NOTICES.layoutMinutes(welshMeeting), NOTICES.layoutMinutes(englishMeeting))),
        of(
            "Welsh then English decisions list",
            DecisionNotices.bilingual(
                NOTICES.layout(welshMeeting), NOTICES.layout(englishMeeting))));
  }

  private static Case of(String name, Notice notice) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Section section : notice.sections()) {
      expected.put(
          section.heading(),
          section.language() == null
              ? notice.language().getLanguage()
              : section.language().getLanguage());
    }
    assertTrue(expected.containsValue("cy") && expected.containsValue("en"), expected.toString());
    assertEquals(notice.sections().size(), expected.size(), "headings are unique");
    return new Case(name, notice, expected);
  }

  private static org.decisionnotices.model.DecisionRecord record(Path file) {
    try {
      return org.decisionnotices.model.json.DecisionJson.readRecord(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] render(Case c, Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NOTICES.render(c.notice(), format, out);
    return out.toByteArray();
  }

  private static String primary(String tag) {
    return tag == null || tag.isEmpty() ? null : tag.split("-")[0];
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void html(Case c) throws Exception {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Element h2 :
        Jsoup.parse(new String(render(c, Format.HTML), StandardCharsets.UTF_8)).select("h2")) {
      Element withLang = h2.closest("[lang]");
      actual.put(h2.text(), primary(withLang == null ? null : withLang.attr("lang")));
    }
    assertEquals(c.expected(), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pdf(Case c) throws Exception {
    Map<String, String> actual = new LinkedHashMap<>();
    Deque<String[]> inherited = new ArrayDeque<>();
    String documentLanguage = c.notice().language().getLanguage();
    for (PdfStructure.Element e : PdfStructure.read(render(c, Format.PDF)).elements()) {
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
    assertEquals(c.expected(), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void docx(Case c) throws Exception {
    WordprocessingMLPackage pkg =
        WordprocessingMLPackage.load(new ByteArrayInputStream(render(c, Format.DOCX)));
    Map<String, String> actual = new LinkedHashMap<>();
    for (Object child : pkg.getMainDocumentPart().getContent()) {
      Object node = child instanceof JAXBElement<?> e ? e.getValue() : child;
      if (node instanceof P p
          && p.getPPr() != null
          && p.getPPr().getPStyle() != null
          && "Heading2".equals(p.getPPr().getPStyle().getVal())) {
        StringBuilder text = new StringBuilder();
        String language = c.notice().language().getLanguage();
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
    assertEquals(c.expected(), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sectionsOfTheSecondLanguageFollowTheFirst(Case c) {
    List<String> languages = List.copyOf(c.expected().values());
    String first = languages.get(0);
    String second = first.equals("cy") ? "en" : "cy";
    assertEquals(languages.lastIndexOf(first) + 1, languages.indexOf(second), languages.toString());
  }
}
