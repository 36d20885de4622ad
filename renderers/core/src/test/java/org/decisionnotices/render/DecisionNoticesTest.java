package org.decisionnotices.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionNoticesTest {

  /** Writes the notice's title: enough to see which renderer ran. */
  record TitleRenderer(Format format, String prefix) implements Renderer {
    @Override
    public void render(Notice notice, RenderOptions options, OutputStream out)
        throws java.io.IOException {
      out.write((prefix + notice.title()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final Format TEXT = new Format("text", "text/plain", "txt");

  @Test
  void rendersWithARendererRegisteredByHand() throws Exception {
    DecisionNotices notices =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .renderer(new TitleRenderer(TEXT, "> "))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    notices.render(TestRecords.seed(), TEXT, out);
    assertArrayEquals(
        ("> " + TestRecords.seed().title()).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    assertEquals(Set.of(TEXT), notices.formats());
  }

  @Test
  void twoRenderersForOneFormatAreRejectedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DecisionNotices.builder()
                    .renderer(new TitleRenderer(TEXT, "a"))
                    .renderer(new TitleRenderer(TEXT, "b"))
                    .build());
    assertTrue(e.getMessage().contains("'text'"), e.getMessage());
  }

  @Test
  void aRendererByHandAndADiscoveredOneForOneFormatAreRejectedNamingBoth() {
    assertTrue(
        DecisionNotices.create().renderer("text") instanceof DiscoveredTextRenderer,
        "discovery finds it");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DecisionNotices.builder().renderer(new TitleRenderer(TEXT, "own ")).build());
    assertTrue(e.getMessage().contains(TitleRenderer.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(DiscoveredTextRenderer.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("'text'"), e.getMessage());
  }

  @Test
  void aDiscoveredRendererRegisteredByHandIsUsedAsConfigured() {
    Renderer own = new DiscoveredTextRenderer();
    DecisionNotices notices = DecisionNotices.builder().renderer(own).build();
    assertSame(own, notices.renderer("text"));
    assertEquals(1, notices.formats().size());
  }

  @Test
  void twoDiscoveredRenderersForOneFormatAreRejectedNamingBoth(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services/" + Renderer.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(
        services,
        DiscoveredTextRenderer.class.getName() + "\n" + OtherTextRenderer.class.getName() + "\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DecisionNotices.builder().classLoader(loader).build());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "two renderers for format 'text': "
                      + DiscoveredTextRenderer.class.getName()
                      + " and "
                      + OtherTextRenderer.class.getName()),
          e.getMessage());
    }
  }

  @Test
  void discoveryCanBeTurnedOff() {
    assertEquals(Set.of(), DecisionNotices.builder().discoverRenderers(false).build().formats());
  }

  @Test
  void anUnavailableFormatListsWhatIsAvailable() {
    DecisionNotices notices =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .renderer(new TitleRenderer(TEXT, ""))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> notices.render(TestRecords.seed(), Format.PDF, new ByteArrayOutputStream()));
    assertEquals("format 'pdf' is not available; available: text", e.getMessage());
  }

  @Test
  void aRendererFailureBecomesARenderExceptionNamingTheRecord() {
    Renderer broken =
        new Renderer() {
          @Override
          public Format format() {
            return TEXT;
          }

          @Override
          public void render(Notice notice, RenderOptions options, OutputStream out) {
            throw new IllegalStateException("boom");
          }
        };
    DecisionNotices notices =
        DecisionNotices.builder().discoverRenderers(false).renderer(broken).build();
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> notices.render(TestRecords.seed(), TEXT, new ByteArrayOutputStream()));
    assertEquals(TestRecords.seed().id(), e.noticeId());
    assertTrue(e.getMessage().contains("boom"));
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  @Test
  void aBilingualNoticeMarksTheSecondLanguage() {
    DecisionNotices notices = DecisionNotices.builder().discoverRenderers(false).build();
    Notice notice = notices.layoutBilingual(TestRecords.seed(), TestRecords.welsh());
    assertEquals(TestRecords.seed().title(), notice.title());
    List<Section> english = notice.sections().stream().filter(s -> s.language() == null).toList();
    List<Section> welsh = notice.sections().stream().filter(s -> s.language() != null).toList();
    assertEquals(notices.layout(TestRecords.seed()).sections(), english);
    assertEquals(
        "Adroddiad Blynyddol", welsh.get(0).heading(), "the Welsh part opens with its title");
    assertEquals("Gwybodaeth eithriedig", welsh.get(1).heading());
    assertTrue(welsh.stream().allMatch(s -> s.language().toLanguageTag().equals("cy-GB")));
    assertEquals(notice.sections().size(), english.size() + welsh.size());
    IllegalArgumentException same =
        assertThrows(
            IllegalArgumentException.class,
            () -> notices.layoutBilingual(TestRecords.seed(), TestRecords.seed()));
    assertTrue(same.getMessage().contains("two languages"), same.getMessage());
  }

  @Test
  void optionsRejectNulls() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> RenderOptions.builder().pageSize(null));
    assertEquals("pageSize must not be null", e.getMessage());
  }
}
