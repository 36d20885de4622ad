package org.decisionnotices.pack.internal;

import static org.decisionnotices.render.pdf.internal.Typography.BODY;
import static org.decisionnotices.render.pdf.internal.Typography.BODY_LEADING;
import static org.decisionnotices.render.pdf.internal.Typography.H2;
import static org.decisionnotices.render.pdf.internal.Typography.H2_LEADING;
import static org.decisionnotices.render.pdf.internal.Typography.PARAGRAPH_GAP;
import static org.decisionnotices.render.pdf.internal.Typography.TEXT;
import static org.decisionnotices.render.pdf.internal.Typography.TITLE;
import static org.decisionnotices.render.pdf.internal.Typography.TITLE_LEADING;
import static org.decisionnotices.render.pdf.internal.Typography.TITLE_RULE_HEIGHT;
import static org.decisionnotices.render.pdf.internal.Typography.TITLE_RULE_WIDTH;
import static org.decisionnotices.render.pdf.internal.Typography.TITLE_RULE_Y;
import static org.decisionnotices.render.pdf.internal.Typography.baseline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.render.pdf.internal.DocumentFonts;
import org.decisionnotices.render.pdf.internal.FontStyle;
import org.decisionnotices.render.pdf.internal.Geometry;
import org.decisionnotices.render.pdf.internal.NoticeFragments;
import org.decisionnotices.render.pdf.internal.StructureTagger;
import org.decisionnotices.render.pdf.internal.TextWrapper;

/**
 * Writes simple tagged pages top to bottom (headings, paragraphs, prose, links to pages of the same
 * document) with the PDF renderer's fonts, wrapping, tagging and typography, so they look and tag
 * like notices: prose and the council's header are drawn by the renderer's own code ({@link
 * NoticeFragments}). It exists beside the renderer's layout because notices link only to URIs, and
 * the agenda links to pages. The bottom margin is left free for page numbers, which are stamped
 * later as artifacts.
 *
 * <p>Links to pages not yet in the document are recorded in {@link #links()} and get their target
 * page once it exists.
 */
final class TaggedWriter {
  private static final float LINK_COLUMN = 80f;
  private static final float H2_SPACE = 16f;

  /** A link whose destination still needs its page: {@code dest.setPage(pages.get(target))}. */
  record PendingLink(PDPageXYZDestination destination, int targetPageIndex) {}

  private final PDDocument doc;
  private final DocumentFonts fonts;
  private final TextWrapper wrapper;
  private final StructureTagger tagger;
  private final NoticeFragments fragments;
  private final Geometry geometry;
  private final int accent;
  private final List<PendingLink> links = new ArrayList<>();
  private final PDPropertyList layoutArtifact;
  private PDStructureElement document;

  private PDPage page;
  private PDPageContentStream content;
  private float y; // from the top of the page

  /**
   * @param document the Document element to write under, or {@code null} to start one
   * @param fragments the page geometry, the header on every page, and prose, as on a notice
   * @param accent colour of headings, links and the title's rule, {@code 0xRRGGBB}
   */
  TaggedWriter(
      PDDocument doc,
      DocumentFonts fonts,
      TextWrapper wrapper,
      StructureTagger tagger,
      PDStructureElement document,
      NoticeFragments fragments,
      int accent) {
    this.doc = doc;
    this.fonts = fonts;
    this.wrapper = wrapper;
    this.tagger = tagger;
    this.document = document;
    this.fragments = fragments;
    this.geometry = fragments.geometry();
    this.accent = accent;
    COSDictionary layout = new COSDictionary();
    layout.setName(COSName.TYPE, "Layout");
    this.layoutArtifact = PDPropertyList.create(layout);
  }

  /** Pages in the document so far, including any written before this writer. */
  int pageCount() {
    return tagger.pageCount();
  }

  List<PendingLink> links() {
    return links;
  }

  /** Starts a new page, even if the current one is empty. */
  void newPage() throws IOException {
    close();
    page = new PDPage(new PDRectangle(geometry.width(), geometry.height()));
    doc.addPage(page);
    tagger.startPage(page);
    content = new PDPageContentStream(doc, page);
    fragments.header(page, content);
    y = geometry.bodyTop();
    if (document == null) {
      document = tagger.element("Document", tagger.root());
    }
  }

  /**
   * An H1 (the title's size, with the accent rule beneath, as on a notice) or an H2 (in the accent
   * colour), kept on a page with two lines that follow it.
   */
  void heading(String type, String text) throws IOException {
    boolean h1 = "H1".equals(type);
    float size = h1 ? TITLE : H2;
    float leading = h1 ? TITLE_LEADING : H2_LEADING;
    List<String> lines = wrapper.wrap(text, FontStyle.BOLD, size, geometry.contentWidth());
    space(h1 ? 0 : H2_SPACE, lines.size() * leading + 2 * BODY_LEADING);
    PDStructureElement heading = element(type, document);
    lines(
        heading, type, lines, FontStyle.BOLD, size, leading, h1 ? TEXT : accent, geometry.margin());
    if (h1) {
      rule(y + TITLE_RULE_Y);
      y += TITLE_RULE_HEIGHT;
    }
  }

  void paragraph(String text) throws IOException {
    List<String> lines = wrapper.wrap(text, FontStyle.REGULAR, BODY, geometry.contentWidth());
    space(PARAGRAPH_GAP, BODY_LEADING);
    PDStructureElement p = element("P", document);
    lines(p, "P", lines, FontStyle.REGULAR, BODY, BODY_LEADING, TEXT, geometry.margin());
  }

  /**
   * Prose as a notice shows it: paragraphs and lists, emphasis in italic, strong text in bold,
   * links underlined and clickable; a paragraph's first and last two lines are kept together.
   */
  void prose(List<Block> blocks) throws IOException {
    if (page == null) {
      newPage();
    }
    List<NoticeFragments.Line> lines = fragments.prose(blocks, document, PARAGRAPH_GAP);
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      float keep = lines.get(i).height();
      while (end < lines.size() - 1 && lines.get(end).keepWithNext()) {
        end++;
        keep += lines.get(end).spaceBefore() + lines.get(end).height();
      }
      space(lines.get(i).spaceBefore(), keep);
      for (int j = i; j <= end; j++) {
        NoticeFragments.Line line = lines.get(j);
        if (j > i) {
          space(line.spaceBefore(), line.height());
        }
        fragments.draw(line, page, content, y);
        y += line.height();
      }
      i = end + 1;
    }
  }

  /**
   * An agenda entry's heading (H2), with a link to the item's first page right-aligned on the
   * heading's first line when the item has pages of its own.
   */
  void entryHeading(String text, String linkText, String linkDescription, int targetPageIndex)
      throws IOException {
    float width =
        linkText == null ? geometry.contentWidth() : geometry.contentWidth() - LINK_COLUMN;
    List<String> lines = wrapper.wrap(text, FontStyle.BOLD, H2, width);
    space(H2_SPACE, lines.size() * H2_LEADING + 2 * BODY_LEADING);
    PDStructureElement heading = element("H2", document);
    if (linkText != null) {
      // Drawn first, so that it is on the heading's first page even if the heading wraps over a
      // page break; the structure tree still reads the heading first.
      link(linkText, linkDescription, targetPageIndex, y + baseline(H2_LEADING, H2));
    }
    lines(heading, "H2", lines, FontStyle.BOLD, H2, H2_LEADING, accent, geometry.margin());
  }

  private void link(String text, String description, int targetPageIndex, float baseline)
      throws IOException {
    PDStructureElement p = element("P", document);
    PDStructureElement link = element("Link", p);
    float width = fonts.metrics(FontStyle.REGULAR).width(text, BODY);
    float x = geometry.right() - width;
    show(link, "Link", text, FontStyle.REGULAR, BODY, accent, x, baseline);
    // Underlined like a notice's links.
    float under = baseline + BODY * 0.14f;
    content.beginMarkedContent(COSName.ARTIFACT, layoutArtifact);
    stroke(accent, 0.6f);
    content.moveTo(x, pdfY(under));
    content.lineTo(x + width, pdfY(under));
    content.stroke();
    content.endMarkedContent();

    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setTop((int) geometry.height());
    destination.setLeft(0);
    // A placeholder: PDFBox insists on a page here, and the target may not exist yet.
    destination.setPage(page);
    PDActionGoTo goTo = new PDActionGoTo();
    goTo.setDestination(destination);
    PDAnnotationLink annotation = new PDAnnotationLink();
    annotation.setRectangle(new PDRectangle(x, pdfY(baseline + BODY * 0.3f), width, BODY * 1.25f));
    annotation.setAction(goTo);
    PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    noBorder.setWidth(0);
    annotation.setBorderStyle(noBorder);
    annotation.setContents(description);
    annotation.setPrinted(true);
    tagger.annotate(annotation, link);
    links.add(new PendingLink(destination, targetPageIndex));
  }

  /** Ends the last page; call once, after the last text. The caller finishes the tagger. */
  void close() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  private PDStructureElement element(String type, PDStructureElement parent) throws IOException {
    if (page == null) {
      newPage();
    }
    return tagger.element(type, parent);
  }

  /** Writes each line as marked content of {@code owner}, on a new page when one is full. */
  private void lines(
      PDStructureElement owner,
      String tag,
      List<String> lines,
      FontStyle style,
      float size,
      float leading,
      int rgb,
      float x)
      throws IOException {
    for (String line : lines) {
      if (y + leading > geometry.bodyBottom()) {
        newPage();
      }
      show(owner, tag, line, style, size, rgb, x, y + baseline(leading, size));
      y += leading;
    }
  }

  private void show(
      PDStructureElement owner,
      String tag,
      String text,
      FontStyle style,
      float size,
      int rgb,
      float x,
      float baseline)
      throws IOException {
    content.beginMarkedContent(COSName.getPDFName(tag), tagger.mark(owner));
    content.beginText();
    content.setFont(fonts.font(style), size);
    content.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
    content.newLineAtOffset(x, pdfY(baseline));
    content.showText(text);
    content.endText();
    content.endMarkedContent();
  }

  private void rule(float at) throws IOException {
    content.beginMarkedContent(COSName.ARTIFACT, layoutArtifact);
    stroke(accent, TITLE_RULE_WIDTH);
    content.moveTo(geometry.margin(), pdfY(at));
    content.lineTo(geometry.right(), pdfY(at));
    content.stroke();
    content.endMarkedContent();
  }

  /** Space before the next block, which needs {@code keep} points on the same page. */
  private void space(float before, float keep) throws IOException {
    if (page == null || y + before + keep > geometry.bodyBottom()) {
      newPage();
    } else if (y > geometry.bodyTop()) {
      y += before;
    }
  }

  private void stroke(int rgb, float width) throws IOException {
    content.setStrokingColor(red(rgb), green(rgb), blue(rgb));
    content.setLineWidth(width);
  }

  private float pdfY(float fromTop) {
    return geometry.height() - fromTop;
  }

  private static float red(int rgb) {
    return ((rgb >> 16) & 0xFF) / 255f;
  }

  private static float green(int rgb) {
    return ((rgb >> 8) & 0xFF) / 255f;
  }

  private static float blue(int rgb) {
    return (rgb & 0xFF) / 255f;
  }
}
