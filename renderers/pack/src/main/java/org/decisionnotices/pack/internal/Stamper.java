package org.decisionnotices.pack.internal;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.decisionnotices.render.pdf.internal.DocumentFonts;
import org.decisionnotices.render.pdf.internal.FontStyle;

/**
 * Stamps running page numbers and "Not for publication" on pages as pagination artifacts, so
 * assistive technology skips them (the pack's structure and bookmarks carry the same facts).
 */
final class Stamper {
  private static final float NUMBER_SIZE = 9f;
  private static final float NOTICE_SIZE = 10f;
  private static final float EDGE = 24f;

  private final PDDocument doc;
  private final DocumentFonts fonts;

  Stamper(PDDocument doc, DocumentFonts fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  /**
   * @param footer e.g. "Page 7 of 42", centred at the foot
   * @param header e.g. "Not for publication", centred at the head, or {@code null}
   */
  void stamp(PDPage page, String footer, String header) throws IOException {
    PDRectangle box = page.getCropBox();
    // Append with a reset graphics state: the report's own content may leave a transform or
    // colour set, which must not move or recolour the stamp.
    try (PDPageContentStream stream =
        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      if (header != null) {
        text(
            stream,
            "Header",
            FontStyle.BOLD,
            NOTICE_SIZE,
            header,
            box,
            box.getUpperRightY() - EDGE - NOTICE_SIZE);
      }
      text(
          stream,
          "Footer",
          FontStyle.REGULAR,
          NUMBER_SIZE,
          footer,
          box,
          box.getLowerLeftY() + EDGE);
    }
  }

  private void text(
      PDPageContentStream stream,
      String subtype,
      FontStyle style,
      float size,
      String text,
      PDRectangle box,
      float baseline)
      throws IOException {
    COSDictionary properties = new COSDictionary();
    properties.setName(COSName.TYPE, "Pagination");
    properties.setName(COSName.SUBTYPE, subtype);
    stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    float width = fonts.metrics(style).width(text, size);
    stream.beginText();
    stream.setFont(fonts.font(style), size);
    stream.setNonStrokingColor(0f, 0f, 0f);
    stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, baseline);
    stream.showText(text);
    stream.endText();
    stream.endMarkedContent();
  }
}
