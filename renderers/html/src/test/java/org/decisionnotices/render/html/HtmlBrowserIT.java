package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.decisionnotices.render.testkit.TestBranding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Every sample in a real browser: headless Chromium from the system's packages, driven by Selenium
 * with an explicit driver and binary (so Selenium Manager never downloads anything), checked with
 * axe-core for WCAG 2.2 A/AA and best practices, at desktop and phone widths, and printed to PDF
 * with the page's own print style sheet. One browser serves the whole class.
 */
class HtmlBrowserIT {
  private static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  /** Where the screenshots of the seed notice go, for people to look at. */
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("java.io.tmpdir"), "decision-notices-html");

  private static ChromeDriver browser;
  private static Path profile;
  private static Path pages;

  @BeforeAll
  static void startBrowser() throws IOException {
    Tools.require(Tools.CHROMIUM);
    Tools.require(Tools.CHROMEDRIVER);
    pages = Tools.outputDirectory("browser-pages");
    profile = Files.createTempDirectory("decision-notices-chromium");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Tools.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Tools.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void quitBrowser() throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  static List<Sample> samples() {
    return Samples.records();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void hasNoAxeViolations(Sample sample) throws IOException {
    open(write(sample.name(), Pages.render(sample.record())), desktop());
    assertNoAxeViolations(sample.name());
  }

  @Test
  void brandedPageHasNoAxeViolations() throws IOException {
    open(
        write("branded", Pages.render(Samples.record("lscb-annual-report"), branded())), desktop());
    assertEquals(
        "Lancashire County Council logo",
        browser.executeScript("return document.querySelector('header img').alt"));
    Object loaded =
        browser.executeScript("return document.querySelector('header img').naturalWidth");
    assertTrue(((Number) loaded).intValue() > 0, "the logo's data: URI is a loadable image");
    assertNoAxeViolations("branded");
  }

  static List<Path> meetings() {
    return Samples.meetingFiles();
  }

  /** Every sample meeting's minutes, in full, in its own language. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("meetings")
  void minutesHaveNoAxeViolations(Path meeting) throws IOException {
    Notice minutes =
        org.decisionnotices.render.DecisionNotices.create()
            .layoutMinutes(Samples.meeting(meeting), true);
    open(
        write(minutes.id(), Pages.render(HtmlRenderer.create(), minutes, RenderOptions.defaults())),
        desktop());
    assertNoAxeViolations(minutes.id());
  }

  /** A draft says so above the notice, in its language, keeps search engines away, and passes. */
  @Test
  void aDraftShowsItsBannerAndHasNoAxeViolations() throws IOException {
    RenderOptions draft = branded().toBuilder().draft(true).build();
    String html = Pages.render(Samples.record("welsh-decision"), draft);
    assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), "noindex");
    open(write("draft", html), desktop());
    assertEquals(
        "DRAFFT",
        browser.executeScript("return document.querySelector('main .draft-mark').innerText"));
    Object shown =
        browser.executeScript(
            "const r = document.querySelector('main .draft-mark').getBoundingClientRect();"
                + " return r.height > 20 && r.width > 100");
    assertEquals(Boolean.TRUE, shown, "the banner is visible");
    assertTrue(
        ((String) browser.executeScript("return document.title")).startsWith("Drafft: "),
        "the title says draft");
    assertNoAxeViolations("draft");
    assertFalse(
        Pages.render(Samples.record("welsh-decision"), branded()).contains("noindex"),
        "a final page may be indexed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void fitsAPhoneWithoutScrollingSideways(Sample sample) throws IOException {
    open(write(sample.name(), Pages.render(sample.record(), branded())), phone());
    Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
    Number client = (Number) browser.executeScript("return document.documentElement.clientWidth");
    assertEquals(
        375, client.intValue(), "the viewport meta makes the layout viewport the phone's width");
    assertTrue(
        scroll.intValue() <= client.intValue(),
        sample.name() + " scrolls sideways: scrollWidth " + scroll + " > clientWidth " + client);
    Number fontSize =
        (Number)
            browser.executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('main p, main dd')).fontSize)");
    assertTrue(
        fontSize.doubleValue() >= 16, "body text of at least 16px on a phone, was " + fontSize);
  }

  /**
   * The seed notice as people will see it: screenshots at desktop and phone width and the printed
   * PDF (as PNG pages), under {@code java.io.tmpdir}/decision-notices-html. The PDF must have the
   * page size of the options and the page-number footer of the print style sheet.
   */
  @Test
  void screenshotsAndPrintOfTheSeedNotice() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    DecisionRecord seed = Samples.record("lscb-annual-report");
    Path page = write("seed", Pages.render(seed, branded()));
    open(page, desktop());
    Files.write(SCREENSHOTS.resolve("seed-desktop.png"), fullPageScreenshot(1280));
    open(page, phone());
    Files.write(SCREENSHOTS.resolve("seed-phone.png"), fullPageScreenshot(375));

    Path a4 = SCREENSHOTS.resolve("seed-a4.pdf");
    printToPdf(page, a4);
    String info =
        Tools.run(List.of(Tools.require(Tools.PDFINFO).toString(), a4.toString())).output();
    assertTrue(info.matches("(?s).*Page size:\\s+[\\d.]+ x [\\d.]+ pts \\(A4\\).*"), info);
    int pageCount = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
    String text =
        Tools.run(List.of(Tools.require(Tools.PDFTOTEXT).toString(), a4.toString(), "-")).output();
    assertTrue(text.contains("Page 1 of " + pageCount), "printed pages are numbered:\n" + text);
    assertTrue(text.contains(seed.title().substring(0, 30)), "the title is printed");
    Tools.run(
        List.of(
            "pdftoppm",
            "-png",
            "-r",
            "60",
            a4.toString(),
            SCREENSHOTS.resolve("seed-a4").toString()));

    Path letterPage =
        write(
            "seed-letter",
            Pages.render(seed, RenderOptions.builder().pageSize(PageSize.LETTER).build()));
    Path letter = SCREENSHOTS.resolve("seed-letter.pdf");
    printToPdf(letterPage, letter);
    String letterInfo = Tools.run(List.of(Tools.PDFINFO.toString(), letter.toString())).output();
    assertTrue(
        letterInfo.matches("(?s).*Page size:\\s+[\\d.]+ x [\\d.]+ pts \\(letter\\).*"), letterInfo);
  }

  /**
   * On paper a web link is followed by its address, once: not after a link whose text already is
   * its address, and never after an email link. The address is smaller and grey, with at least
   * 4.5:1 contrast. The cabinet sample has document and email links; a section is added with a link
   * whose text is its URL and an email link in prose.
   */
  @Test
  void printedLinksShowTheirAddressOnceInSmallGreyText() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    String bare = "https://democracy.westmere.gov.uk/mgCalendarMonthView.aspx?GL=1&bcr=1";
    String clerk = "committee.clerk@westmere.gov.uk";
    Section extra =
        new Section(
            "contact",
            "Contact",
            null,
            List.of(
                new Blocks(
                    List.of(
                        new Paragraph(
                            List.of(
                                new Text("Meetings: "),
                                new Link(bare, List.of(new Text(bare))),
                                new Text(". Questions: "),
                                new Link("mailto:" + clerk, List.of(new Text(clerk))),
                                new Text(".")))))));
    Notice cabinet = Pages.layout(Samples.record("cabinet-key-decision"), RenderOptions.defaults());
    List<Section> sections = new ArrayList<>(cabinet.sections());
    sections.add(extra);
    Notice notice =
        new Notice(cabinet.id(), cabinet.title(), cabinet.language(), cabinet.date(), sections);
    Path page =
        write("links", Pages.render(HtmlRenderer.create(), notice, RenderOptions.defaults()));
    Path pdf = SCREENSHOTS.resolve("links-a4.pdf");
    printToPdf(page, pdf);
    String text =
        Tools.run(List.of(Tools.require(Tools.PDFTOTEXT).toString(), pdf.toString(), "-")).output();
    // The address may break anywhere, so lines are joined before counting; pdftotext drops a
    // hyphen at the end of a line, so hyphens are left out on both sides.
    String joined = text.replaceAll("[\\s-]+", "");
    String document =
        "https://democracy.westmere.gov.uk/documents/s48211/"
            + "Library%20Service%20Review%20-%20Cabinet%20report.pdf";
    assertEquals(1, occurrences(joined, document), "a document link's address, once:\n" + text);
    assertEquals(1, occurrences(joined, bare), "a link that shows its URL, once:\n" + text);
    assertEquals(
        1, occurrences(joined, "gareth.lowe@westmere.gov.uk"), "an email link, once:\n" + text);
    assertEquals(1, occurrences(joined, clerk), "an email link in prose, once:\n" + text);
    Tools.run(
        List.of(
            "pdftoppm",
            "-png",
            "-r",
            "60",
            pdf.toString(),
            SCREENSHOTS.resolve("links-a4").toString()));

    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      @SuppressWarnings("unchecked")
      List<Object> style =
          (List<Object>)
              browser.executeScript(
                  "const a = document.querySelector('a[href$=\\'Cabinet%20report.pdf\\']');"
                      + "const after = getComputedStyle(a, '::after');"
                      + "return [after.content, after.color, after.fontSize,"
                      + " getComputedStyle(a).fontSize, after.overflowWrap,"
                      + " getComputedStyle(document.querySelector('a[href^=https].shows-address'), '::after')"
                      + ".content];");
      assertEquals("\" (" + document + ")\"", style.get(0), "the address follows a document link");
      assertEquals("none", style.get(5), "no address after a link that shows its URL");
      double after = Double.parseDouble(String.valueOf(style.get(2)).replace("px", ""));
      double link = Double.parseDouble(String.valueOf(style.get(3)).replace("px", ""));
      assertTrue(after < link, "address " + after + "px smaller than link text " + link + "px");
      assertEquals("anywhere", style.get(4));
      double contrast = contrastOnWhite(String.valueOf(style.get(1)));
      assertTrue(
          contrast >= 4.5 && contrast < 12,
          "grey with at least 4.5:1 contrast, was " + style.get(1) + " at " + contrast + ":1");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** WCAG contrast ratio of an opaque {@code rgb(r, g, b)} colour against white. */
  private static double contrastOnWhite(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
    double luminance = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(parts[i]) / 255.0;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      luminance += weights[i] * c;
    }
    return 1.05 / (luminance + 0.05);
  }

  private static int occurrences(String text, String part) {
    part = part.replace("-", "");
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  private static void assertNoAxeViolations(String name) {
    Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(browser);
    if (results.isErrored()) {
      fail(name + ": axe-core failed to run: " + results.getErrorMessage());
    }
    assertTrue(
        results.getPasses().size() > 10,
        name + ": axe-core ran its rules (" + results.getPasses().size() + " passed)");
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(
          name
              + ": "
              + violations.size()
              + " axe-core violations:\n"
              + violations.stream()
                  .map(
                      v ->
                          "- "
                              + v.getId()
                              + " ("
                              + v.getImpact()
                              + "): "
                              + v.getHelp()
                              + "\n    at "
                              + v.getNodes().stream()
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  private static Map<String, Object> desktop() {
    return Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false);
  }

  private static Map<String, Object> phone() {
    return Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true);
  }

  private static void open(Path page, Map<String, Object> viewport) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", viewport);
    browser.get(page.toUri().toString());
  }

  /** The whole page, not just the viewport: the viewport is stretched to the page's height. */
  private static byte[] fullPageScreenshot(int width) {
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            height.intValue(),
            "deviceScaleFactor",
            1,
            "mobile",
            width < 600));
    return browser.getScreenshotAs(OutputType.BYTES);
  }

  /** Prints with Chromium's own PDF printer, honouring the page's @page size. */
  private static void printToPdf(Path page, Path pdf) throws IOException {
    open(page, desktop());
    Map<String, Object> result =
        browser.executeCdpCommand(
            "Page.printToPDF",
            Map.of(
                "preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
    Files.write(pdf, Base64.getDecoder().decode((String) result.get("data")));
  }

  private static Path write(String name, String html) throws IOException {
    Path file = pages.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /** A council's branding with a real (generated) PNG logo. */
  static RenderOptions branded() {
    return TestBranding.options("Lancashire County Council", "#005EA5");
  }
}
