package org.decisionnotices.render.pdf;

import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.testkit.RendererContractTest;
import org.decisionnotices.render.testkit.pdf.PdfStructure;

/** The shared renderer contract, reading the PDF back through its structure tree. */
class PdfRendererContractTest extends RendererContractTest {
  private final PdfRenderer renderer = PdfRenderer.create();

  @Override
  protected Renderer renderer() {
    return renderer;
  }

  /**
   * The text of the tagged content in structure order: headers, footers and repeated table headers
   * are artifacts and so are left out. Each line keeps its trailing space, so words at line breaks
   * must stay apart for the contract's comparison to pass.
   */
  @Override
  protected String readBack(byte[] output) throws Exception {
    return PdfStructure.read(output).readingText().toString();
  }
}
