package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The markup of rendered samples, read back with jsoup: what assistive technology relies on. */
class HtmlStructureTest {
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13
  };

  static List<Sample> samples() {
    return Samples.records();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void headingsAreOneTitleThenTheSectionsInOrder(Sample sample) {
    Notice notice = Pages.layout(sample.record(), RenderOptions.defaults());
    Document page = Jsoup.parse(Pages.render(sample.record()));

    assertEquals(notice.language().toLanguageTag(), page.selectFirst("html").attr("lang"));
    assertEquals(notice.title(), page.title());
    Elements h1 = page.select("h1");
    assertEquals(1, h1.size(), "exactly one h1");
    assertEquals(notice.title(), h1.text());
    assertTrue(page.select("h3, h4, h5, h6").isEmpty(), "no heading below h2");

    List<String> expected = notice.sections().stream().map(Section::heading).toList();
    assertEquals(expected, page.select("h2").eachText());
    for (Element section : page.select("section")) {
      Element heading = page.getElementById(section.attr("aria-labelledby"));
      assertNotNull(
          heading, "section names an existing heading: " + section.attr("aria-labelledby"));
      assertEquals("h2", heading.tagName());
      assertEquals(section, heading.parent(), "the heading is the section's own");
    }
    Set<String> ids = new HashSet<>();
    page.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void fieldsAreDescriptionListsOfLabelAndValue(Sample sample) {
    Notice notice = Pages.layout(sample.record(), RenderOptions.defaults());
    Document page = Jsoup.parse(Pages.render(sample.record()));

    List<String> labels = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Section section : notice.sections()) {
      for (Part part : section.parts()) {
        if (part instanceof FieldList list) {
          for (Field field : list.fields()) {
            labels.add(field.label());
            values.add(
                Inline.plainText(field.value()).replace('\n', ' ').replaceAll("\\s+", " ").strip());
          }
        }
      }
    }
    assertFalse(labels.isEmpty(), "every sample has fields");
    assertEquals(labels, page.select("dl > div > dt").eachText());
    assertEquals(values, page.select("dl > div > dd").eachText());
    for (Element group : page.select("dl > div")) {
      assertEquals(List.of("dt", "dd"), group.children().stream().map(Element::tagName).toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void tablesHaveCaptionsAndScopedHeaders(Sample sample) {
    Notice notice = Pages.layout(sample.record(), RenderOptions.defaults());
    Document page = Jsoup.parse(Pages.render(sample.record()));
    List<Table> tables =
        notice.sections().stream()
            .flatMap(s -> s.parts().stream())
            .filter(Table.class::isInstance)
            .map(Table.class::cast)
            .toList();

    Elements rendered = page.select("table");
    assertEquals(tables.size(), rendered.size());
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      Element html = rendered.get(i);
      assertEquals(table.caption(), html.selectFirst("caption").text());
      assertEquals(table.header(), html.select("thead th[scope=col]").eachText());
      assertEquals(table.rows().size(), html.select("tbody tr").size());
      for (int r = 0; r < table.rows().size(); r++) {
        Element row = html.select("tbody tr").get(r);
        assertEquals(table.rows().get(r), row.children().eachText());
        assertEquals("row", row.child(0).attr("scope"), "the first cell names its row");
      }
    }
  }

  @Test
  void aSampleWithInterestsHasATable() {
    // So that the table test above is not vacuous.
    Document page = Jsoup.parse(Pages.render(Samples.record("cabinet-key-decision")));
    assertEquals(1, page.select("table").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void hasLandmarksAndNoScript(Sample sample) {
    String html = Pages.render(sample.record());
    assertTrue(html.startsWith("<!doctype html>\n"), "starts with the doctype");
    Document page = Jsoup.parse(html);
    assertEquals(1, page.select("main").size());
    assertEquals(1, page.select("main article h1").size(), "the title is in the main landmark");
    assertTrue(page.select("header").isEmpty(), "no empty banner without branding");
    assertNotNull(page.selectFirst("meta[charset=utf-8]"));
    assertEquals(
        "width=device-width, initial-scale=1",
        page.selectFirst("meta[name=viewport]").attr("content"));
    assertNoScript(page);
    for (Element link : page.select("a")) {
      assertTrue(
          link.attr("href").matches("(?i)(https?|mailto):.+"), "safe href: " + link.attr("href"));
    }
  }

  static void assertNoScript(Document page) {
    assertTrue(page.select("script, iframe, object, embed, form").isEmpty(), "no active content");
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertFalse(
            attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
            "event handler attribute " + attribute + " on <" + element.tagName() + ">");
      }
    }
  }

  @Test
  void brandingPutsNameAndLogoInABannerAndAccentInTheStyle() {
    Logo logo = new Logo(PNG, "image/png", "Lancashire County Council logo");
    RenderOptions options =
        RenderOptions.builder()
            .branding(new Branding("Lancashire County Council", logo, "#00703c"))
            .pageSize(PageSize.LETTER)
            .build();
    Document page = Jsoup.parse(Pages.render(Samples.record("lscb-annual-report"), options));

    Element banner = page.selectFirst("body > header");
    assertNotNull(banner, "a banner landmark");
    assertEquals("Lancashire County Council", banner.selectFirst(".council-name").text());
    Element img = banner.selectFirst("img");
    assertEquals("Lancashire County Council logo", img.attr("alt"));
    assertEquals(
        "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(PNG),
        img.attr("src"));
    assertTrue(page.title().endsWith(" – Lancashire County Council"), page.title());
    String style = page.selectFirst("head style").data();
    assertTrue(style.contains("--accent: #00703C;"), "accent colour in the style sheet");
    assertTrue(style.contains("size: letter;"), "the page size of the options");
    assertTrue(style.contains("content: \"Page \" counter(page) \" of \" counter(pages);"), style);
  }

  @Test
  void printedPageNumbersFollowTheLabelLanguage() {
    RenderOptions welsh =
        RenderOptions.builder().labelLanguage(Locale.forLanguageTag("cy-GB")).build();
    Document page = Jsoup.parse(Pages.render(Samples.record("lscb-annual-report"), welsh));
    String style = page.selectFirst("head style").data();
    assertTrue(
        style.contains("content: \"Tudalen \" counter(page) \" o \" counter(pages);"), style);
    assertTrue(style.contains("size: A4;"));
  }

  @Test
  void fragmentIsAnArticleWithItsOwnLanguage() {
    Renderer fragment = HtmlRenderer.builder().fragment(true).build();
    assertTrue(fragment instanceof HtmlRenderer h && h.isFragment());
    Notice notice = Pages.layout(Samples.record("welsh-decision"), RenderOptions.defaults());
    String html = Pages.render(fragment, notice, RenderOptions.defaults()).strip();

    assertTrue(html.startsWith("<article"), html.substring(0, 40));
    assertTrue(html.endsWith("</article>"));
    for (String tag :
        List.of("<!doctype", "<html", "<head", "<body", "<style", "<main", "<header")) {
      assertFalse(html.toLowerCase(Locale.ROOT).contains(tag), "a fragment has no " + tag);
    }
    Document body = Jsoup.parseBodyFragment(html);
    assertEquals(1, body.body().children().size());
    Element article = body.body().child(0);
    assertEquals("cy-GB", article.attr("lang"));
    assertEquals(article.selectFirst("h1").id(), article.attr("aria-labelledby"));
    assertEquals(notice.title(), article.selectFirst("h1").text());
    assertEquals(notice.sections().size(), article.select("section > h2").size());
    assertNoScript(body);
  }

  @Test
  void proseBecomesParagraphsListsAndInlineElements() {
    List<Inline> sentence =
        List.of(
            new Text("See "),
            new Emphasis(List.of(new Text("the report"))),
            new Text(" and "),
            new Strong(List.of(new Text("act"))),
            new LineBreak(),
            new Text("at "),
            new Link("https://example.org/r?a=1&b=2", List.of(new Text("the site"))),
            new Text("."));
    ListBlock numbered =
        new ListBlock(
            true,
            3,
            List.of(
                new ListItem(List.of(new Paragraph(List.of(new Text("third"))))),
                new ListItem(List.of(new Paragraph(List.of(new Text("fourth")))))));
    ListBlock bullets =
        new ListBlock(
            false, 1, List.of(new ListItem(List.of(new Paragraph(List.of(new Text("one")))))));
    ListBlock fromOne =
        new ListBlock(
            true, 1, List.of(new ListItem(List.of(new Paragraph(List.of(new Text("first")))))));
    Notice notice =
        notice(
            new Section(
                "body",
                "Body",
                null,
                List.of(new Blocks(List.of(new Paragraph(sentence), numbered, bullets, fromOne)))));
    Document page =
        Jsoup.parse(Pages.render(HtmlRenderer.create(), notice, RenderOptions.defaults()));
    Element section = page.selectFirst("section");

    Element p = section.selectFirst("p");
    assertEquals("See the report and act at the site.", p.text());
    assertEquals("the report", p.selectFirst("em").text());
    assertEquals("act", p.selectFirst("strong").text());
    assertEquals(1, p.select("br").size());
    assertEquals("https://example.org/r?a=1&b=2", p.selectFirst("a").attr("href"));
    Elements ordered = section.select("ol");
    assertEquals("3", ordered.get(0).attr("start"));
    assertEquals(List.of("third", "fourth"), ordered.get(0).select("li").eachText());
    assertFalse(ordered.get(1).hasAttr("start"), "a list from 1 needs no start");
    assertEquals(List.of("one"), section.select("ul > li").eachText());
  }

  @Test
  void aSectionInAnotherLanguageSaysSo() {
    Part words = new Blocks(List.of(new Paragraph(List.of(new Text("Penderfynwyd.")))));
    Notice notice =
        notice(
            new Section("decision", "Decision", null, List.of(words)),
            new Section(
                "decision-cy", "Penderfyniad", Locale.forLanguageTag("cy-GB"), List.of(words)),
            new Section(
                "decision-en", "Decision again", Locale.forLanguageTag("en-GB"), List.of(words)));
    Document page =
        Jsoup.parse(Pages.render(HtmlRenderer.create(), notice, RenderOptions.defaults()));
    Elements sections = page.select("section");
    assertFalse(sections.get(0).hasAttr("lang"));
    assertEquals("cy-GB", sections.get(1).attr("lang"));
    assertFalse(sections.get(2).hasAttr("lang"), "the notice's own language is not repeated");
  }

  @Test
  void repeatedOrOddSectionKeysStillGiveUniqueSafeIds() {
    Part words = new Blocks(List.of(new Paragraph(List.of(new Text("x")))));
    Notice notice =
        notice(
            new Section("a b\"<", "One", null, List.of(words)),
            new Section("a b\"<", "Two", null, List.of(words)),
            new Section("untitled", null, null, List.of(words)));
    Document page =
        Jsoup.parse(Pages.render(HtmlRenderer.create(), notice, RenderOptions.defaults()));
    List<String> ids = page.select("h2").eachAttr("id");
    assertEquals(2, new HashSet<>(ids).size());
    ids.forEach(id -> assertTrue(id.matches("[A-Za-z0-9_-]+"), id));
    assertFalse(page.select("section").get(2).hasAttr("aria-labelledby"));
  }

  @Test
  void isFoundByServiceLoaderAndDecisionNotices() {
    boolean found =
        ServiceLoader.load(Renderer.class).stream().anyMatch(p -> p.type() == HtmlRenderer.class);
    assertTrue(found, "META-INF/services declares HtmlRenderer");
    DecisionNotices notices = DecisionNotices.create();
    assertTrue(notices.renderer("html") instanceof HtmlRenderer);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      notices.render(Samples.record("officer-decision"), Format.HTML, out);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(1, Jsoup.parse(out.toString(StandardCharsets.UTF_8)).select("h1").size());
  }

  @Test
  void doesNotCloseTheCallersStream() throws Exception {
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream out =
        new java.io.ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    HtmlRenderer.create()
        .render(
            Pages.layout(Samples.record("officer-decision"), RenderOptions.defaults()),
            RenderOptions.defaults(),
            out);
    assertFalse(closed[0]);
    assertTrue(out.size() > 0);
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    // Turkish lower-cases "I" to a dotless i; Welsh would change labels if they followed the JVM.
    Locale original = Locale.getDefault();
    String english = Pages.render(Samples.record("cabinet-key-decision"));
    try {
      for (String tag : List.of("tr", "cy-GB", "de")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(english, Pages.render(Samples.record("cabinet-key-decision")), tag);
      }
    } finally {
      Locale.setDefault(original);
    }
  }

  static Notice notice(Section... sections) {
    return new Notice(
        "hand-made",
        "A hand-made notice",
        Locale.forLanguageTag("en-GB"),
        LocalDate.of(2024, 1, 2),
        List.of(sections));
  }
}
