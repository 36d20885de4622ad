package org.decisionnotices.render.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PNG images of a PDF's pages, so that a person can look at a notice without a PDF viewer.
 *
 * @since 0.1.0
 */
public final class PdfPreview {
  private PdfPreview() {}

  /**
   * Writes {@code page-1.png}, {@code page-2.png} … of {@code pdf} into {@code dir} (created if
   * missing) at {@code dpi} dots per inch, and returns their paths in page order.
   */
  public static List<Path> writePngs(byte[] pdf, Path dir, int dpi) throws IOException {
    if (dpi < 10 || dpi > 1200) {
      throw new IllegalArgumentException("dpi must be between 10 and 1200, but was " + dpi);
    }
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
        Path file = dir.resolve(String.format(Locale.ROOT, "page-%d.png", i + 1));
        if (!ImageIO.write(image, "png", file.toFile())) {
          throw new IOException("no PNG writer in this JVM");
        }
        files.add(file);
      }
    }
    return files;
  }
}
