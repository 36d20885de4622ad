package org.decisionnotices.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Notice;

/** Renders notices to HTML text for the tests. */
final class Pages {
  private Pages() {}

  static Notice layout(DecisionRecord record, RenderOptions options) {
    return DecisionNotices.builder()
        .discoverRenderers(false)
        .options(options)
        .build()
        .layout(record);
  }

  static String render(Renderer renderer, Notice notice, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(notice, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String render(DecisionRecord record, RenderOptions options) {
    return render(HtmlRenderer.create(), layout(record, options), options);
  }

  static String render(DecisionRecord record) {
    return render(record, RenderOptions.defaults());
  }
}
