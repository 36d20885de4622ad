package org.decisionnotices.render.docx;

import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.testkit.RendererContractTest;

class DocxRendererContractTest extends RendererContractTest {
  private final Renderer renderer = DocxRenderer.create();

  @Override
  protected Renderer renderer() {
    return renderer;
  }

  @Override
  protected String readBack(byte[] output) throws Exception {
    return DocxText.of(DocxText.load(output));
  }
}
