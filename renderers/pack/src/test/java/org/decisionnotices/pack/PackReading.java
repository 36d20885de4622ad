package org.decisionnotices.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a pack back with PDFBox: page texts, bookmarks, links. */
final class PackReading {
  private PackReading() {}

  /** The text of each page, whitespace collapsed to single spaces. */
  static List<String> pageTexts(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    List<String> texts = new ArrayList<>();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      texts.add(normal(stripper.getText(pdf)));
    }
    return texts;
  }

  static String normal(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /**
   * The glyphs of the lines of page {@code page} (from 1) that contain {@code text}, as PDFBox's
   * text extraction sees them (rotation applied).
   */
  static List<TextPosition> glyphs(PDDocument pdf, int page, String text) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String line, List<TextPosition> positions) {
            if (line.contains(text)) {
              glyphs.addAll(positions);
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return glyphs;
  }

  /** A bookmark: its title, the page index it goes to, and its children. */
  record Mark(String title, int page, List<Mark> children) {}

  static List<Mark> bookmarks(PDDocument pdf) throws IOException {
    return marks(pdf, pdf.getDocumentCatalog().getDocumentOutline());
  }

  private static List<Mark> marks(PDDocument pdf, PDOutlineNode node) throws IOException {
    List<Mark> marks = new ArrayList<>();
    if (node == null) {
      return marks;
    }
    for (PDOutlineItem item : node.children()) {
      PDPage page = item.findDestinationPage(pdf);
      int index = page == null ? -1 : pdf.getPages().indexOf(page);
      marks.add(new Mark(item.getTitle(), index, marks(pdf, item)));
    }
    return marks;
  }

  /** A link annotation going to a page of the same document. */
  record GoToLink(int onPage, int target, String contents) {}

  static List<GoToLink> goToLinks(PDDocument pdf) throws IOException {
    List<GoToLink> links = new ArrayList<>();
    for (int p = 0; p < pdf.getNumberOfPages(); p++) {
      for (PDAnnotation annotation : pdf.getPage(p).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionGoTo goTo
            && goTo.getDestination() instanceof PDPageDestination destination) {
          links.add(
              new GoToLink(p, pdf.getPages().indexOf(destination.getPage()), link.getContents()));
        }
      }
    }
    return links;
  }
}
