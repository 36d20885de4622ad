package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.TextPosition;
import org.decisionnotices.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Page N of M" as the reader sees it: upright and at the foot of the page, whatever its rotation
 * and boxes, and clear of the page's own footer where the page leaves room below it.
 */
class StampPlacementTest {
  @TempDir Path folder;

  /** Where the stamp's text is, as seen: its glyphs' direction and box, on a page of this size. */
  private record Seen(int dir, float left, float right, float top, float width, float height) {}

  private Path pack(Path report) throws IOException {
    Files.copy(report, folder.resolve("input.pdf"));
    Meeting meeting = ReportMeeting.of("input.pdf");
    Path out = folder.resolve("pack.pdf");
    try (OutputStream stream = Files.newOutputStream(out)) {
      AgendaPack.builder().build().write(meeting, folder, stream);
    }
    return out;
  }

  /** The stamp's glyphs on each page, as PDFBox's text extraction sees them (rotation applied). */
  private static List<Seen> stamps(PDDocument pdf) throws IOException {
    List<Seen> seen = new ArrayList<>();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      String stamp = "Page " + p + " of " + pdf.getNumberOfPages();
      List<TextPosition> glyphs = PackReading.glyphs(pdf, p, stamp);
      assertFalse(glyphs.isEmpty(), "no '" + stamp + "'");
      float left = Float.MAX_VALUE;
      float right = 0;
      float top = Float.MAX_VALUE;
      for (TextPosition glyph : glyphs) {
        left = Math.min(left, glyph.getXDirAdj());
        right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
      }
      TextPosition first = glyphs.get(0);
      int turned = (Math.round(first.getDir()) - pdf.getPage(p - 1).getRotation() + 720) % 360;
      seen.add(new Seen(turned, left, right, top, first.getPageWidth(), first.getPageHeight()));
    }
    return seen;
  }

  @Test
  void stampsAreUprightAtTheFootOfRotatedPages() throws Exception {
    // Twenty pages at 0, 90, 180 and 270 degrees, some with their boxes offset from the origin.
    Path out = pack(Path.of("src/test/resources/corpus/qpdf/rotated.pdf"));
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      List<Seen> stamps = stamps(pdf);
      List<Integer> rotations = new ArrayList<>();
      for (int p = 0; p < stamps.size(); p++) {
        Seen stamp = stamps.get(p);
        PDPage page = pdf.getPage(p);
        rotations.add(page.getRotation());
        assertEquals(0, stamp.dir(), "page " + (p + 1) + " turned " + page.getRotation());
        // The page as seen is as tall as its crop box, or as wide when turned.
        boolean sideways = page.getRotation() % 180 != 0;
        float seenWidth = sideways ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
        float seenHeight = sideways ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
        assertTrue(
            stamp.top() > seenHeight - 40 && stamp.top() < seenHeight,
            "page " + (p + 1) + " stamp at " + stamp + " of " + seenHeight);
        float middle = (stamp.left() + stamp.right()) / 2;
        assertEquals(seenWidth / 2, middle, 2f, "page " + (p + 1) + " " + stamp);
      }
      assertTrue(rotations.containsAll(List.of(0, 90, 180, 270)), rotations.toString());
    }
  }

  @Test
  void anEmptyCropBoxGivesWayToTheMediaBox() throws Exception {
    // Page 1 has an empty media box, page 3 an empty crop box.
    Path out = pack(Path.of("src/test/resources/corpus/pdfjs/boundingBox_invalid.pdf"));
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      List<Seen> stamps = stamps(pdf);
      for (int p = 0; p < stamps.size(); p++) {
        PDRectangle crop = pdf.getPage(p).getCropBox();
        assertTrue(crop.getWidth() > 100 && crop.getHeight() > 100, "page " + (p + 1) + crop);
        Seen stamp = stamps.get(p);
        assertEquals(0, stamp.dir());
        assertEquals(crop.getWidth() / 2, (stamp.left() + stamp.right()) / 2, 2f);
        assertTrue(stamp.top() > crop.getHeight() - 40 && stamp.top() < crop.getHeight());
      }
    }
  }

  @Test
  void theStampMovesBelowAReportsOwnFooterAndStaysOnThePage() throws Exception {
    // A report whose own footer sits where the stamp usually goes, 20 to 34 points up.
    Path report = folder.resolve("footer.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(150, 24);
        content.showText("Report footer: Borough Treasurer, March 2025, version 3");
        content.endText();
      }
      doc.save(report.toFile());
    }
    Path out = pack(report);
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      Seen stamp = stamps(pdf).get(pdf.getNumberOfPages() - 1);
      float height = PDRectangle.A4.getHeight();
      // Below the footer's glyphs (which reach 24 - 3 points above the foot), above the edge.
      float bottom = stamp.top() + 9 * 0.9f;
      assertTrue(stamp.top() > height - 21, "stamp over the footer: " + stamp);
      assertTrue(bottom < height, "stamp off the page: " + stamp);
    }
  }
}
