package org.decisionnotices.render.html;

import java.nio.charset.StandardCharsets;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.testkit.RendererContractTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The shared contract, read back by parsing the page the way a browser does. */
class HtmlRendererContractTest extends RendererContractTest {
  private final Renderer renderer = HtmlRenderer.create();

  @Override
  protected Renderer renderer() {
    return renderer;
  }

  /** The text of {@code <main>}, in document order: the banner is the page's header. */
  @Override
  protected String readBack(byte[] output) {
    Document page = Jsoup.parse(new String(output, StandardCharsets.UTF_8));
    return page.selectFirst("main").text();
  }
}
