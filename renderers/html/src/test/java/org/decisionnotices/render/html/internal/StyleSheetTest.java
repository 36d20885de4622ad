package org.decisionnotices.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.html.internal.StyleSheet.CssContent;
import org.junit.jupiter.api.Test;

class StyleSheetTest {

  @Test
  void cssStringsKeepOnlyCharactersThatNeedNoEscapingAnywhere() {
    assertEquals("Page 2", StyleSheet.cssString("Page 2"));
    assertEquals(
        "a\\000022b\\00005Cc\\0000E9\\00003C\\01F600",
        StyleSheet.cssString("a\"b\\cé<\uD83D\uDE00"));
  }

  @Test
  void pageNumberPatternsBecomeStringsAndCounters() {
    assertEquals(
        List.of(
            new CssContent("Tudalen ", null),
            new CssContent(null, "page"),
            new CssContent(" o ", null),
            new CssContent(null, "pages")),
        StyleSheet.pageNumber("Tudalen {0} o {1}"));
    assertEquals(
        List.of(
            new CssContent(null, "page"),
            new CssContent("\\00002F", null),
            new CssContent(null, "pages")),
        StyleSheet.pageNumber("{0}/{1}"));
  }

  @Test
  void eachSheetIsRenderedOnceAndKeptPerAccentPageSizeAndLanguage() {
    StyleSheet sheets =
        new StyleSheet(
            new DefaultMustacheFactory()
                .compile(
                    new StringReader(
                        "{{accentColour}} {{pageSize}}{{#pageNumber}} {{string}}{{counter}}{{/pageNumber}}"),
                    "test"));
    StyleSheet.Key welsh =
        new StyleSheet.Key("#00703C", PageSize.LETTER, Locale.forLanguageTag("cy-GB"));
    String sheet = sheets.get(welsh);
    assertEquals("#00703C letter Tudalen  page  o  pages", sheet);
    assertSame(
        sheet,
        sheets.get(new StyleSheet.Key("#00703C", PageSize.LETTER, Locale.forLanguageTag("cy-GB"))));
    assertEquals(
        "#00703C A4 Page  page  of  pages",
        sheets.get(new StyleSheet.Key("#00703C", PageSize.A4, Locale.UK)));
  }

  @Test
  void aFullCacheStillRendersEverySheet() {
    StyleSheet sheets =
        new StyleSheet(
            new DefaultMustacheFactory().compile(new StringReader("{{accentColour}}"), "test"));
    for (int i = 0; i < 100; i++) {
      String colour = String.format(Locale.ROOT, "#0000%02X", i);
      assertEquals(colour, sheets.get(new StyleSheet.Key(colour, PageSize.A4, Locale.UK)));
    }
  }
}
