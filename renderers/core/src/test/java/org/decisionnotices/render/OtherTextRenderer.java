package org.decisionnotices.render;

import java.io.OutputStream;
import org.decisionnotices.render.layout.Notice;

/**
 * A second renderer of {@link DiscoveredTextRenderer}'s format, declared in no service file of this
 * module: only the test that writes a service file naming both finds it.
 */
public final class OtherTextRenderer implements Renderer {
  @Override
  public Format format() {
    return DiscoveredTextRenderer.TEXT;
  }

  @Override
  public void render(Notice notice, RenderOptions options, OutputStream out) {}
}
