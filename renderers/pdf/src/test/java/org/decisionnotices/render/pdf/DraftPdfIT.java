package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A draft is the final document plus a mark on every page that nothing reads as text: same text,
 * still PDF/UA-1 and PDF/A-2a, and the mark's colour on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftPdfIT {
  private static final RenderOptions DRAFT = RenderOptions.builder().draft(true).build();
  private VeraPdf vera;

  @BeforeAll
  void loadValidator() throws Exception {
    vera = new VeraPdf();
  }

  /** The cabinet decision runs over more than one page; the Welsh record says "DRAFFT". */
  @ParameterizedTest
  @ValueSource(strings = {"cabinet-key-decision", "welsh-decision"})
  void aDraftHasTheFinalTextAMarkOnEveryPageAndStillConforms(String name) throws Exception {
    Notice notice = DecisionNotices.create().layout(Samples.record(name));
    byte[] fin = render(notice, RenderOptions.defaults());
    byte[] draft = render(notice, DRAFT);

    assertEquals(List.of(), vera.failures(draft), "veraPDF PDF/UA-1 and PDF/A-2a");
    try (PDDocument f = Loader.loadPDF(fin);
        PDDocument d = Loader.loadPDF(draft)) {
      assertEquals(new PDFTextStripper().getText(f), new PDFTextStripper().getText(d));
      assertEquals(f.getNumberOfPages(), d.getNumberOfPages());
      String word = name.startsWith("welsh") ? "Drafft: " : "Draft: ";
      assertEquals(word + notice.title(), d.getDocumentInformation().getTitle());
      assertEquals(notice.title(), f.getDocumentInformation().getTitle());
      PDFRenderer finalPages = new PDFRenderer(f);
      PDFRenderer draftPages = new PDFRenderer(d);
      for (int page = 0; page < d.getNumberOfPages(); page++) {
        int marked = markPixels(draftPages.renderImageWithDPI(page, 36));
        assertTrue(marked > 500, "page " + (page + 1) + " shows the mark: " + marked + " pixels");
        assertEquals(0, markPixels(finalPages.renderImageWithDPI(page, 36)), "final page");
        assertTrue(hasWatermarkArtifact(d.getPage(page)), "a watermark artifact on every page");
        assertTrue(!hasWatermarkArtifact(f.getPage(page)), "none on the final version");
      }
    }
  }

  private static boolean hasWatermarkArtifact(PDPage page) {
    PDResources resources = page.getResources();
    for (COSName name : resources.getPropertiesNames()) {
      if ("Watermark"
          .equals(resources.getProperties(name).getCOSObject().getNameAsString("Subtype"))) {
        return true;
      }
    }
    return false;
  }

  /** Pixels of the mark's own colour, where no text covers it. */
  private static int markPixels(BufferedImage image) {
    int count = 0;
    int r0 = 0xF6;
    int g0 = 0xC9;
    int b0 = 0xC9;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (Math.abs(r - r0) <= 3 && Math.abs(g - g0) <= 3 && Math.abs(b - b0) <= 3) {
          count++;
        }
      }
    }
    return count;
  }

  private static byte[] render(Notice notice, RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create().render(notice, options, out);
    return out.toByteArray();
  }
}
