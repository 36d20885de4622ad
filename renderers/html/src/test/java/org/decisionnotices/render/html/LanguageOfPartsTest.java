package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.render.testkit.MultilingualSample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Passages marked with their language carry it, and right-to-left ones their direction. */
class LanguageOfPartsTest {

  @Test
  void markedPassagesCarryLangAndRightToLeftOnesDir() {
    Document page = Jsoup.parse(Pages.render(MultilingualSample.record()));
    Map<String, String> found = new LinkedHashMap<>();
    for (Element span : page.select("span[lang]")) {
      found.put(
          span.text(), span.attr("lang") + (span.hasAttr("dir") ? " " + span.attr("dir") : ""));
    }
    Map<String, String> expected = new LinkedHashMap<>(MultilingualSample.markedPassages());
    expected.replaceAll((text, tag) -> tag.equals("ur") || tag.equals("ar") ? tag + " rtl" : tag);
    assertEquals(expected, found);
    // Unmarked text keeps the document's language.
    assertEquals("en-GB", page.selectFirst("html").attr("lang"));
    // The paragraph that starts with the circle's thanks in Urdu runs right to left.
    Element thanks = page.selectFirst("p:has(span:containsOwn(شکریہ))");
    assertEquals("rtl", thanks.attr("dir"), thanks.outerHtml());
  }

  /**
   * Unmarked text takes the direction of its first strong character (Unicode rules P2 and P3), per
   * paragraph, list item, field value and table cell; English with an Urdu name inside stays left
   * to right, with no attribute.
   */
  @Test
  void blocksThatStartRightToLeftAreMarkedRtl() throws Exception {
    DecisionRecord record =
        DecisionJson.readRecord(
            """
            {"id": "rtl-1", "title": "Urdu readers' circle grant",
             "decisionMaker": {"name": "ثمینہ احمد", "type": "officer"},
             "status": "Approved", "keyDecision": false, "dateOfDecision": "2025-01-10",
             "decision": "Grant of £1,500 approved.",
             "discussion": "«اردو ریڈرز سرکل» کو گرانٹ دی گئی۔\\n\\nThe grant to اردو ریڈرز سرکل\
             was approved.\\n\\n- ریڈرز سرکل، ایشکومب لائبریری\\n- Polish Saturday school\\n\\n\
            [اردو ریڈرز سرکل]{lang=ur} meets weekly.",
             "reasons": "r", "alternativesConsidered": "a"}
            """);
    Document page = Jsoup.parse(Pages.render(record));
    Map<String, String> found = new LinkedHashMap<>();
    for (Element block : page.select(".section-discussion p, .section-discussion li, dd")) {
      found.put(block.text(), block.attr("dir"));
    }
    assertEquals("rtl", found.get("«اردو ریڈرز سرکل» کو گرانٹ دی گئی۔"), found.toString());
    assertEquals("", found.get("The grant to اردو ریڈرز سرکل was approved."), found.toString());
    assertEquals("rtl", found.get("ریڈرز سرکل، ایشکومب لائبریری"), found.toString());
    assertEquals("", found.get("Polish Saturday school"), found.toString());
    // A marked passage that opens the paragraph is its first strong text too.
    assertEquals("rtl", found.get("اردو ریڈرز سرکل meets weekly."), found.toString());
    assertEquals("rtl", found.get("ثمینہ احمد"), found.toString());
    assertEquals("", found.get("Approved"), found.toString());
  }
}
