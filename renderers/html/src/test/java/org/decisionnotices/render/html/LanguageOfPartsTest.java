package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
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
  }
}
