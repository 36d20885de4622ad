package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.decisionnotices.model.DecisionMaker;
import org.decisionnotices.model.DecisionMakerType;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The injection cases of FORMAT.md: hostile text is shown as text, never run. */
class HtmlInjectionTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  private static DecisionRecord.Builder record() {
    return DecisionRecord.builder()
        .id("injection")
        .title("Safe title")
        .decisionMaker(new DecisionMaker("Cabinet", DecisionMakerType.CABINET))
        .status("Approved")
        .dateOfDecision(LocalDate.of(2024, 5, 1))
        .decision("Resolved.");
  }

  @Test
  void scriptInTheTitleIsText() {
    String html = Pages.render(record().title(SCRIPT).build());
    assertFalse(html.contains("<script"), "no script tag in the output");
    Document page = Jsoup.parse(html);
    assertEquals(SCRIPT, page.selectFirst("h1").text());
    assertEquals(SCRIPT, page.title());
    HtmlStructureTest.assertNoScript(page);
  }

  @Test
  void rawHtmlInProseIsShownAsText() {
    String html = Pages.render(record().decision("Resolved: " + IMG + " and " + SCRIPT).build());
    assertFalse(html.contains("<img"), "no image element from prose");
    assertFalse(html.contains("<script"));
    Document page = Jsoup.parse(html);
    assertTrue(page.select("img").isEmpty());
    assertEquals(
        "Resolved: " + IMG + " and " + SCRIPT,
        page.selectFirst("section.section-decision p").text());
    HtmlStructureTest.assertNoScript(page);
  }

  @Test
  void javascriptLinksAreRejectedByTheModel() {
    assertThrows(IllegalArgumentException.class, () -> Prose.parse("[click](javascript:alert(1))"));
    assertThrows(IllegalArgumentException.class, () -> Prose.parse("[click](JavaScript:alert(1))"));
    assertThrows(IllegalArgumentException.class, () -> Prose.parse("[img](data:text/html,x)"));
    assertThrows(
        IllegalArgumentException.class,
        () -> record().decision("See [this](javascript:alert(1)).").build());
  }

  @Test
  void aHandMadeNoticeCannotCarryAnUnsafeLink() {
    // The model refuses the link itself, so no renderer is ever handed one.
    assertThrows(
        IllegalArgumentException.class,
        () -> new Link("javascript:alert(1)", List.of(new Text("click me"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Link(" data:text/html,<b>x</b>", List.of(new Text("or me"))));
  }

  @Test
  void quotesCannotBreakOutOfAttributes() {
    String hostile = "\" onload=\"alert(1)\" x='";
    Logo logo = new Logo(new byte[] {1, 2, 3}, "image/png", hostile);
    RenderOptions options =
        RenderOptions.builder()
            .branding(new Branding("</title><script>alert(1)</script>", logo, "#1D4F91"))
            .build();
    Notice notice =
        HtmlStructureTest.notice(
            new Section(
                "s",
                hostile,
                null,
                List.of(
                    new FieldList(
                        List.of(
                            new Field(
                                "k",
                                hostile,
                                List.of(
                                    new Link(
                                        "https://example.org/\"><script>x</script>",
                                        List.of(new Text(hostile))))))))));
    String html = Pages.render(HtmlRenderer.create(), notice, options);
    assertFalse(html.contains("<script"));
    Document page = Jsoup.parse(html);
    HtmlStructureTest.assertNoScript(page);
    Element img = page.selectFirst("header img");
    assertEquals(hostile, img.attr("alt"));
    assertEquals(
        List.of("alt", "class", "src"),
        img.attributes().asList().stream().map(a -> a.getKey()).sorted().toList());
    assertEquals("A hand-made notice – </title><script>alert(1)</script>", page.title());
    assertEquals(hostile, page.selectFirst("h2").text());
    Element a = page.selectFirst("dd a");
    assertNotNull(a);
    assertEquals("https://example.org/\"><script>x</script>", a.attr("href"));
    assertEquals(hostile, a.text());
  }
}
