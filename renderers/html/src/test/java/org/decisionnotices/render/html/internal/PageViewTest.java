package org.decisionnotices.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.decisionnotices.render.html.internal.PageView.CssContent;
import org.junit.jupiter.api.Test;

class PageViewTest {

  @Test
  void cssStringsKeepOnlyCharactersThatNeedNoEscapingAnywhere() {
    assertEquals("Page 2", PageView.cssString("Page 2"));
    assertEquals("a\\000022b\\00005Cc\\0000E9\\00003C\\01F600", PageView.cssString("a\"b\\cé<\uD83D\uDE00"));
  }

  @Test
  void pageNumberPatternsBecomeStringsAndCounters() {
    assertEquals(
        List.of(new CssContent("Tudalen ", null), new CssContent(null, "page"),
            new CssContent(" o ", null), new CssContent(null, "pages")),
        PageView.pageNumber("Tudalen {0} o {1}"));
    assertEquals(
        List.of(new CssContent(null, "page"), new CssContent("\\00002F", null), new CssContent(null, "pages")),
        PageView.pageNumber("{0}/{1}"));
  }

  @Test
  void idsHoldOnlyLettersDigitsHyphensAndUnderscores() {
    assertEquals("a-b--c_1", PageView.idSafe("a b.\"c_1"));
    assertEquals("notice", PageView.idSafe(""));
  }
}
