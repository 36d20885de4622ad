package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Writes simple tagged pages (PDF/UA-1) top to bottom: headings, paragraphs, label-value lines,
 * bulleted lists and links to pages of the same document. Every line of text is marked content
 * owned by its structure element; the bottom margin is left free for page numbers, which are
 * stamped later as artifacts.
 *
 * <p>Links to pages not yet in the document are recorded in {@link #links()} and get their
 * target page once it exists.
 */
final class TaggedWriter {
  static final float MARGIN = 56.7f; // 2 cm
  static final float FOOTER_SPACE = 48f; // keeps text clear of the stamped page number
  static final float BODY_SIZE = 11f;
  private static final float LEADING = 1.35f;
  private static final float LINK_COLUMN = 80f;

  /** A link whose destination still needs its page: {@code dest.setPage(pages.get(target))}. */
  record PendingLink(PDPageXYZDestination destination, int targetPageIndex) {}

  private final PDDocument doc;
  private final Fonts fonts;
  private final PDRectangle size;
  private final PDStructureTreeRoot root;
  private final PDStructureElement document;
  private final Map<Integer, COSObjectable> parentTree = new TreeMap<>();
  private final List<PendingLink> links = new ArrayList<>();
  private int nextKey;
  private int pageCount;

  private PDPage page;
  private PDPageContentStream content;
  private COSArray owners; // owner element of each MCID on the current page, indexed by MCID
  private float y;

  TaggedWriter(PDDocument doc, Fonts fonts, PDRectangle size, String languageTag) {
    this.doc = doc;
    this.fonts = fonts;
    this.size = size;
    this.root = new PDStructureTreeRoot();
    doc.getDocumentCatalog().setStructureTreeRoot(root);
    this.document = new PDStructureElement("Document", root);
    document.setLanguage(languageTag);
    root.appendKid(document);
  }

  /** Pages written so far. */
  int pageCount() {
    return pageCount;
  }

  List<PendingLink> links() {
    return links;
  }

  float textWidth() {
    return size.getWidth() - 2 * MARGIN;
  }

  /** Starts a new page, even if the current one is empty. */
  void newPage() throws IOException {
    closePage();
    page = new PDPage(size);
    doc.addPage(page);
    page.setStructParents(nextKey);
    owners = new COSArray();
    parentTree.put(nextKey++, owners);
    // Tab order follows the structure: PDF/UA 7.18.3 when a page has annotations.
    page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    content = new PDPageContentStream(doc, page);
    y = size.getHeight() - MARGIN;
    pageCount++;
    if (document.getPage() == null) {
      document.setPage(page);
    }
  }

  /** A heading, H1 or H2, kept on a page with the two lines that follow it. */
  PDStructureElement heading(String type, String text, float fontSize) throws IOException {
    keepSpace(fontSize * LEADING + 2 * BODY_SIZE * LEADING);
    y -= fontSize * 0.5f;
    PDStructureElement heading = element(type, document);
    lines(heading, type, text, fonts.bold, fontSize, MARGIN, textWidth());
    return heading;
  }

  PDStructureElement paragraph(String text) throws IOException {
    PDStructureElement p = element("P", document);
    lines(p, "P", text, fonts.regular, BODY_SIZE, MARGIN, textWidth());
    y -= BODY_SIZE * 0.4f;
    return p;
  }

  /** "Label: value" as one paragraph, the label bold in a column of its own. */
  void field(String label, String value, float labelColumn) throws IOException {
    keepSpace(BODY_SIZE * LEADING);
    PDStructureElement p = element("P", document);
    float top = y;
    PDPage labelPage = page;
    lines(p, "P", label + ": ", fonts.bold, BODY_SIZE, MARGIN, labelColumn);
    float afterLabel = y;
    if (page == labelPage) {
      y = top;
    }
    lines(p, "P", value, fonts.regular, BODY_SIZE, MARGIN + labelColumn, textWidth() - labelColumn);
    y = Math.min(y, afterLabel) - BODY_SIZE * 0.3f;
  }

  /** A bulleted list, one item per entry. */
  void bulletList(List<String> entries) throws IOException {
    PDStructureElement list = element("L", document);
    for (String entry : entries) {
      keepSpace(BODY_SIZE * LEADING);
      PDStructureElement item = element("LI", list);
      PDStructureElement label = element("Lbl", item);
      PDStructureElement body = element("LBody", item);
      float top = y;
      lines(label, "Lbl", "\u2022 ", fonts.regular, BODY_SIZE, MARGIN + 4, 12);
      y = top;
      lines(body, "LBody", entry, fonts.regular, BODY_SIZE, MARGIN + 18, textWidth() - 18);
    }
    y -= BODY_SIZE * 0.4f;
  }

  /**
   * An agenda entry's heading (H2), with a link to the item's first page right-aligned on the
   * heading's first line when the item has pages of its own.
   */
  void entryHeading(String text, String linkText, String linkDescription, int targetPageIndex)
      throws IOException {
    keepSpace(13f * LEADING + 2 * BODY_SIZE * LEADING);
    y -= 13f * 0.5f;
    PDStructureElement heading = element("H2", document);
    if (linkText != null) {
      // Drawn first, so that it is on the heading's first page even if the heading wraps
      // over a page break; the structure tree still reads the heading first.
      link(linkText, linkDescription, targetPageIndex, y - 13f);
    }
    float width = linkText == null ? textWidth() : textWidth() - LINK_COLUMN;
    lines(heading, "H2", text, fonts.bold, 13f, MARGIN, width);
  }

  private void link(String text, String description, int targetPageIndex, float baseline)
      throws IOException {
    PDPage onPage = page;
    PDPageContentStream stream = content;
    PDStructureElement p = element("P", document);
    PDStructureElement link = element("Link", p);
    link.setPage(onPage);
    String shown = Fonts.showable(fonts.regular, text);
    float width = Fonts.width(fonts.regular, shown, BODY_SIZE);
    float x = size.getWidth() - MARGIN - width;
    int mcid = mark(link);
    stream.beginMarkedContent(COSName.getPDFName("Link"), mcid);
    stream.beginText();
    stream.setFont(fonts.regular, BODY_SIZE);
    stream.setNonStrokingColor(0.0f, 0.3f, 0.6f);
    stream.newLineAtOffset(x, baseline);
    stream.showText(shown);
    stream.endText();
    stream.setNonStrokingColor(0f, 0f, 0f);
    stream.endMarkedContent();

    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setTop((int) size.getHeight());
    destination.setLeft(0);
    // A placeholder: PDFBox insists on a page here, and the target may not exist yet.
    destination.setPage(onPage);
    PDActionGoTo goTo = new PDActionGoTo();
    goTo.setDestination(destination);
    PDAnnotationLink annotation = new PDAnnotationLink();
    annotation.setRectangle(
        new PDRectangle(x - 1, baseline - 3, width + 2, BODY_SIZE + 4));
    annotation.setAction(goTo);
    PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    noBorder.setWidth(0);
    annotation.setBorderStyle(noBorder);
    annotation.setContents(description);
    annotation.setPrinted(true);
    annotation.setPage(onPage);
    annotation.setStructParent(nextKey);
    parentTree.put(nextKey++, link);
    onPage.getAnnotations().add(annotation);

    PDObjectReference reference = new PDObjectReference();
    reference.setReferencedObject(annotation);
    reference.setPage(onPage);
    link.appendKid(reference);
    links.add(new PendingLink(destination, targetPageIndex));
  }

  /** Ends the last page and records the parent tree; call once, after the last text. */
  void finish() throws IOException {
    closePage();
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(parentTree);
    root.setParentTree(tree);
    root.setParentTreeNextKey(nextKey);
  }

  private PDStructureElement element(String type, PDStructureElement parent) throws IOException {
    if (page == null) {
      newPage();
    }
    PDStructureElement element = new PDStructureElement(type, parent);
    element.setPage(page);
    parent.appendKid(element);
    return element;
  }

  /** Wraps {@code text} into {@code width} and writes each line as marked content of {@code owner}. */
  private void lines(
      PDStructureElement owner, String tag, String text, PDType0Font font, float fontSize, float x,
      float width)
      throws IOException {
    for (String line : wrap(Fonts.showable(font, text), font, fontSize, width)) {
      keepSpace(fontSize * LEADING);
      y -= fontSize;
      int mcid = mark(owner);
      content.beginMarkedContent(COSName.getPDFName(tag), mcid);
      content.beginText();
      content.setFont(font, fontSize);
      content.newLineAtOffset(x, y);
      content.showText(line);
      content.endText();
      content.endMarkedContent();
      y -= fontSize * (LEADING - 1);
    }
  }

  /** The next MCID on this page, owned by {@code owner}. */
  private int mark(PDStructureElement owner) {
    int mcid = owners.size();
    owners.add(owner);
    if (owner.getPage() != null && owner.getPage().getCOSObject() == page.getCOSObject()) {
      owner.appendKid(mcid);
    } else {
      // Content of an element that began on an earlier page names its page explicitly.
      PDMarkedContentReference reference = new PDMarkedContentReference();
      reference.setMCID(mcid);
      reference.setPage(page);
      owner.appendKid(reference);
    }
    return mcid;
  }

  /**
   * Greedy word wrap. Each word is measured once. A broken line keeps its trailing space, so text
   * extracted from the page still has a space between the last word of one line and the first of
   * the next.
   */
  static List<String> wrap(String text, PDType0Font font, float fontSize, float width) {
    List<String> lines = new ArrayList<>();
    float space = Fonts.width(font, " ", fontSize);
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (String word : text.trim().split("\\s+")) {
      float wordWidth = Fonts.width(font, word, fontSize);
      if (line.length() > 0 && lineWidth + space + wordWidth > width) {
        lines.add(line.append(' ').toString());
        line.setLength(0);
        lineWidth = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        lineWidth += space;
      }
      line.append(word);
      lineWidth += wordWidth;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private void keepSpace(float needed) throws IOException {
    if (page == null || y - needed < MARGIN + FOOTER_SPACE - MARGIN / 2) {
      newPage();
    }
  }

  private void closePage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

}
