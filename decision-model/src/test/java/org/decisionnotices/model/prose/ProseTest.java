package org.decisionnotices.model.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ProseTest {

  @Test
  void paragraphsAreSeparatedByBlankLines() {
    Prose prose = Prose.parse("First line\ncontinues.\n\nSecond paragraph.");
    assertEquals(2, prose.blocks().size());
    assertEquals(new Paragraph(List.of(new Text("First line continues."))), prose.blocks().get(0));
  }

  @Test
  void listsKeepTheirKindAndStart() {
    Prose prose = Prose.parse("- one\n- two\n\n3. three\n4. four");
    ListBlock bullets = assertInstanceOf(ListBlock.class, prose.blocks().get(0));
    ListBlock numbers = assertInstanceOf(ListBlock.class, prose.blocks().get(1));
    assertEquals(false, bullets.ordered());
    assertEquals(2, bullets.items().size());
    assertEquals(true, numbers.ordered());
    assertEquals(3, numbers.start());
    assertEquals("one\ntwo\n\nthree\nfour", prose.plainText());
  }

  @Test
  void emphasisStrongAndLinks() {
    Paragraph p =
        (Paragraph) Prose.parse("*a* **b** [c](https://example.org) d  \ne").blocks().get(0);
    assertEquals(
        List.of(
            new Emphasis(List.of(new Text("a"))),
            new Text(" "),
            new Strong(List.of(new Text("b"))),
            new Text(" "),
            new Link("https://example.org", List.of(new Text("c"))),
            new Text(" d"),
            new LineBreak(),
            new Text("e")),
        p.inlines());
  }

  @Test
  void bracketedSpansMarkTheLanguageOfAPassage() {
    Paragraph p =
        (Paragraph)
            Prose.parse(
                    "the circle ([اردو ریڈرز سرکل]{lang=ur}), and [*华人* centre]{lang=\"zh-Hans\"}")
                .blocks()
                .get(0);
    assertEquals(
        List.of(
            new Text("the circle ("),
            new Span(Locale.forLanguageTag("ur"), List.of(new Text("اردو ریڈرز سرکل"))),
            new Text("), and "),
            new Span(
                Locale.forLanguageTag("zh-Hans"),
                List.of(new Emphasis(List.of(new Text("华人"))), new Text(" centre")))),
        p.inlines());
    Span urdu = (Span) p.inlines().get(1);
    assertTrue(urdu.isRightToLeft());
    assertEquals("zh-Hans", ((Span) p.inlines().get(3)).languageTag());
    assertTrue(((Span) p.inlines().get(3)).isEastAsian());
    assertEquals("the circle (اردو ریڈرز سرکل), and 华人 centre", Inline.plainText(p.inlines()));
  }

  @Test
  void bracketsWithoutALanguageStayText() {
    assertEquals(
        List.of(new Text("[draft] and ]{lang=cy} and [x]{class=y}")),
        ((Paragraph) Prose.parse("[draft] and ]{lang=cy} and [x]{class=y}").blocks().get(0))
            .inlines());
  }

  @Test
  void anInvalidLanguageTagIsAProblem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Prose.parse("[Croeso]{lang=cy_GB}"));
    assertTrue(e.getMessage().contains("'cy_GB' must be a BCP 47 language tag"), e.getMessage());
  }

  @Test
  void mailtoLinksAreAllowed() {
    Paragraph p =
        (Paragraph) Prose.parse("[Email us](mailto:democracy@example.gov.uk)").blocks().get(0);
    assertEquals("mailto:democracy@example.gov.uk", ((Link) p.inlines().get(0)).target());
  }

  @Test
  void rawHtmlIsKeptAsText() {
    Prose inline = Prose.parse("Before <script>alert(1)</script> after");
    assertEquals("Before <script>alert(1)</script> after", inline.plainText());
    Prose block = Prose.parse("<div onclick=\"x()\">\nhello\n</div>");
    assertTrue(block.plainText().contains("<div onclick=\"x()\">"), block.plainText());
  }

  @Test
  void headingsQuotesAndCodeBecomeParagraphs() {
    Prose prose = Prose.parse("# Heading\n\n> quoted\n\n    code\n\n---\n\n`inline` text");
    assertEquals("Heading\n\nquoted\n\ncode\n\ninline text", prose.plainText());
    prose.blocks().forEach(b -> assertInstanceOf(Paragraph.class, b));
  }

  @Test
  void imagesKeepOnlyTheirAltText() {
    assertEquals("a chart", Prose.parse("![a chart](https://example.org/c.png)").plainText());
  }

  @Test
  void forbiddenLinkSchemesAreRejected() {
    for (String target :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "/relative",
            "vbscript:x")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Prose.parse("[x](" + target + ")"), target);
      assertTrue(e.getMessage().contains(target), e.getMessage());
    }
  }

  @Test
  void aLinkRefusesAForbiddenTargetItself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Link("javascript:alert(1)", List.of()));
    assertTrue(e.getMessage().contains("javascript:alert(1)"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new Link("https://example.org/a b", List.of()));
    assertEquals("https://example.org", new Link("https://example.org", List.of()).target());
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void deepNestingIsRefusedQuickly() {
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Prose.parse(nested.toString()));
    assertTrue(e.getMessage().contains("levels deep"), e.getMessage());
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void deepQuotesAndEmphasisAreRefusedQuickly() {
    assertThrows(IllegalArgumentException.class, () -> Prose.parse(">".repeat(10_000) + " x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Prose.parse("*".repeat(3_000) + "x" + "*".repeat(3_000)));
    assertEquals("x", Prose.parse("***x***").plainText(), "ordinary nesting is fine");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void overlongProseIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Prose.parse("a ".repeat(150_000)));
    assertTrue(e.getMessage().contains("at most 200000"), e.getMessage());
  }

  @Test
  void treesAreImmutable() {
    Prose prose = Prose.parse("- a");
    assertThrows(
        UnsupportedOperationException.class, () -> prose.blocks().add(new Paragraph(List.of())));
  }
}
