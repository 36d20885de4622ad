package org.decisionnotices.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.decisionnotices.render.layout.Notice;

/** A renderer declared in this module's test META-INF/services, so discovery has one to find. */
public final class DiscoveredTextRenderer implements Renderer {
  static final Format TEXT = new Format("text", "text/plain", "txt");

  @Override
  public Format format() {
    return TEXT;
  }

  @Override
  public void render(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    out.write(("discovered " + notice.title()).getBytes(StandardCharsets.UTF_8));
  }
}
