package com.example.notices;

import java.nio.charset.StandardCharsets;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.testkit.RendererContractTest;

/** The testkit's contract, with the samples the testkit jar carries. */
class PlainTextRendererContractTest extends RendererContractTest {
  @Override
  protected Renderer renderer() {
    return new PlainTextRenderer();
  }

  @Override
  protected String readBack(byte[] output) {
    return new String(output, StandardCharsets.UTF_8);
  }
}
