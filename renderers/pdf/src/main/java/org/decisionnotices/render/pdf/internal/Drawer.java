package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.pdf.internal.Ink.EmptyElement;
import org.decisionnotices.render.pdf.internal.Ink.Fill;
import org.decisionnotices.render.pdf.internal.Ink.LinkArea;
import org.decisionnotices.render.pdf.internal.Ink.Picture;
import org.decisionnotices.render.pdf.internal.Ink.Rule;
import org.decisionnotices.render.pdf.internal.Ink.TextRun;
import org.decisionnotices.render.pdf.internal.Layouter.Layout;
import org.decisionnotices.render.pdf.internal.Paginator.Placed;

/**
 * Draws paginated slices into a tagged PDF. Structure elements are created the first time their
 * content is drawn, so every element's kids (MCIDs, child elements, link annotations) come in
 * reading order; the {@link StructureTagger} keeps MCIDs and the parent tree.
 */
final class Drawer {
  private static final float FOOTER_SIZE = 9;

  private final PDDocument doc;
  private final DocumentFonts fonts;
  private final StructureTagger tagger;
  private final Layout layout;
  private final Logo logo;
  private final BiFunction<Integer, Integer, String> footer;
  private final Map<Node, PDStructureElement> elements = new IdentityHashMap<>();
  private final Map<Node, PDOutlineItem> bookmarks = new LinkedHashMap<>();
  private final PDPropertyList layoutArtifact = artifact("Layout", null);
  private final PDPropertyList headerArtifact = artifact("Pagination", "Header");
  private final PDPropertyList footerArtifact = artifact("Pagination", "Footer");
  private final PDPropertyList repeatArtifact = artifact("Pagination", null);
  private final Map<String, Integer> sectionPages = new HashMap<>();
  private PDImageXObject image;
  private String section;
  private String draftMark;

  // Per page.
  private int pageIndex;
  private PDPage page;
  private PDPageContentStream cs;

  /**
   * {@code footer} gives the footer text for page n of m, e.g. "Page 1 of 3", or {@code null} for
   * no footer (a caller of {@code PdfPages} numbers its pages itself).
   */
  Drawer(
      PDDocument doc,
      DocumentFonts fonts,
      StructureTagger tagger,
      Layout layout,
      Logo logo,
      BiFunction<Integer, Integer, String> footer) {
    this.doc = doc;
    this.fonts = fonts;
    this.tagger = tagger;
    this.layout = layout;
    this.logo = logo;
    this.footer = footer;
  }

  /** The section being drawn, for error messages. */
  String section() {
    return section;
  }

  /** The page (from 0) on which each section's content starts, by section key. */
  Map<String, Integer> sectionPages() {
    return sectionPages;
  }

  /** Draws {@code word} ("DRAFT") across every page under its content; {@code null} for none. */
  void draftMark(String word) {
    this.draftMark = word;
  }

  /** Draws the pages; the caller finishes the tagger. */
  void draw(List<List<Placed>> pages) throws IOException {
    Geometry g = layout.geometry();
    for (int p = 0; p < pages.size(); p++) {
      page = new PDPage(new PDRectangle(g.width(), g.height()));
      pageIndex = p;
      doc.addPage(page);
      tagger.startPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
        cs = stream;
        if (draftMark != null) {
          DraftMark.draw(cs, fonts.metrics(FontStyle.BOLD), draftMark, g.width(), g.height());
        }
        if (p == 0 && layout.firstHeader() != null) {
          drawSlice(layout.firstHeader(), g.headerTop(), null);
        } else if (layout.laterHeader() != null) {
          drawSlice(layout.laterHeader(), g.headerTop(), headerArtifact);
        }
        for (Placed placed : pages.get(p)) {
          drawSlice(placed.slice(), placed.top(), placed.repeat() ? repeatArtifact : null);
        }
        section = null;
        String footerText = footer.apply(p + 1, pages.size());
        if (footerText != null) {
          drawFooter(footerText);
        }
      }
    }
    outline();
  }

  private void drawSlice(Slice slice, float top, PDPropertyList artifact) throws IOException {
    for (Ink ink : slice.inks) {
      if (ink instanceof TextRun run) {
        text(run, top, artifact);
      } else if (ink instanceof Rule rule) {
        cs.beginMarkedContent(COSName.ARTIFACT, artifact != null ? artifact : layoutArtifact);
        setStroke(rule.rgb(), rule.width());
        cs.moveTo(rule.x1(), y(top + rule.y1()));
        cs.lineTo(rule.x2(), y(top + rule.y2()));
        cs.stroke();
        cs.endMarkedContent();
      } else if (ink instanceof Fill fill) {
        cs.beginMarkedContent(COSName.ARTIFACT, artifact != null ? artifact : layoutArtifact);
        setFill(fill.rgb());
        cs.addRect(fill.x(), y(top + fill.y() + fill.height()), fill.width(), fill.height());
        cs.fill();
        cs.endMarkedContent();
      } else if (ink instanceof LinkArea area) {
        if (artifact == null) {
          link(area, top);
        }
      } else if (ink instanceof EmptyElement empty) {
        if (artifact == null) {
          element(empty.owner());
        }
      } else if (ink instanceof Picture picture) {
        picture(picture, top, artifact);
      }
    }
  }

  private void text(TextRun run, float top, PDPropertyList artifact) throws IOException {
    boolean tagged = artifact == null && run.owner() != null;
    if (tagged) {
      section = run.owner().sectionKey;
      if (section != null) {
        sectionPages.putIfAbsent(section, pageIndex);
      }
      beginTagged(run.owner());
      bookmark(run.owner(), top);
    } else {
      cs.beginMarkedContent(COSName.ARTIFACT, artifact != null ? artifact : layoutArtifact);
    }
    if (run.shaped() != null) {
      glyphs(run, top);
    } else {
      cs.beginText();
      cs.setFont(font(run.style()), run.size());
      setFill(run.rgb());
      cs.newLineAtOffset(run.x(), y(top + run.baseline()));
      cs.showText(run.text());
      cs.endText();
    }
    cs.endMarkedContent();
  }

  /**
   * Draws a shaped run glyph by glyph: each glyph's ID (as its CID, Identity-H), moved to where the
   * shaper put it with TJ adjustments and, for marks set above or below, a text rise. Where the
   * glyphs do not spell the text one character each, left to right, an /ActualText span gives
   * readers and extraction the characters in logical order.
   */
  private void glyphs(TextRun run, float top) throws IOException {
    Shaped shaped = run.shaped();
    PDType0Font font = fonts.font(shaped.face());
    TrueTypeFont ttf = fonts.library().parsed(shaped.face());
    Set<Integer> ids = new HashSet<>();
    for (int i = 0; i < shaped.glyphs().length; i++) {
      ids.add(shaped.glyphs()[i]);
      fonts.glyphText(font, shaped.glyphs()[i], shaped.glyphText()[i]);
    }
    font.addGlyphsToSubset(ids);
    String text = run.text();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      font.addToSubset(cp); // for the ToUnicode map of glyphs that are one character each
      i += Character.charCount(cp);
    }
    if (shaped.actualText()) {
      cs.appendRawCommands("/Span <</ActualText " + utf16(text) + ">> BDC\n");
    }
    cs.beginText();
    cs.setFont(font, run.size());
    setFill(run.rgb());
    cs.newLineAtOffset(run.x(), y(top + run.baseline()));
    float unitsPerEm = shaped.face().unitsPerEm();
    float toGlyphSpace = 1000f / unitsPerEm;
    StringBuilder ops = new StringBuilder();
    StringBuilder shown = new StringBuilder();
    float pen = 0;
    float rise = 0;
    int[] glyphs = shaped.glyphs();
    // Right to left, glyphs go into the stream in logical order (the shaper gives them in visual
    // order), each moved to its place: content order, and so the structure tree, then reads as
    // the text is written, while extractors that sort by position still see them in place.
    for (int k = 0; k < glyphs.length; k++) {
      int i = shaped.rtl() ? glyphs.length - 1 - k : k;
      float glyphRise = shaped.y()[i] * run.size() / unitsPerEm;
      if (glyphRise != rise) {
        showGlyphs(ops, shown);
        ops.append(number(glyphRise)).append(" Ts\n");
        rise = glyphRise;
      }
      float target = shaped.x()[i] * toGlyphSpace;
      float adjust = target - pen;
      if (Math.abs(adjust) >= 0.01f) {
        shown.append(number(-adjust)).append(' ');
      }
      shown.append(String.format(Locale.ROOT, "<%04X>", glyphs[i]));
      // The advance a reader applies: PDFBox writes /W rounded to whole glyph-space units.
      pen = target + Math.round(ttf.getAdvanceWidth(glyphs[i]) * toGlyphSpace);
    }
    showGlyphs(ops, shown);
    if (rise != 0) {
      ops.append("0 Ts\n");
    }
    cs.appendRawCommands(ops.toString());
    cs.endText();
    if (shaped.actualText()) {
      cs.appendRawCommands("EMC\n");
    }
  }

  private static void showGlyphs(StringBuilder ops, StringBuilder shown) {
    if (shown.length() > 0) {
      ops.append('[').append(shown).append("] TJ\n");
      shown.setLength(0);
    }
  }

  private static String number(float value) {
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.equals("-0.00") ? "0" : s;
  }

  /** A PDF text string in UTF-16BE with its byte order mark, as a hex string. */
  private static String utf16(String text) {
    StringBuilder hex = new StringBuilder("<FEFF");
    for (int i = 0; i < text.length(); i++) {
      hex.append(String.format(Locale.ROOT, "%04X", (int) text.charAt(i)));
    }
    return hex.append('>').toString();
  }

  /** Opens a marked-content sequence owned by {@code owner} and records it in the tree. */
  private void beginTagged(Node owner) throws IOException {
    cs.beginMarkedContent(COSName.getPDFName(owner.type), tagger.mark(element(owner)));
  }

  private void link(LinkArea area, float top) throws IOException {
    PDAnnotationLink annotation = new PDAnnotationLink();
    float bottom = y(top + area.y() + area.height());
    annotation.setRectangle(new PDRectangle(area.x(), bottom, area.width(), area.height()));
    if (area.target().startsWith("#")) {
      // A link to a named destination in the document (prose links are web or mail addresses).
      PDActionGoTo action = new PDActionGoTo();
      action.setDestination(new PDNamedDestination(area.target().substring(1)));
      annotation.setAction(action);
    } else {
      PDActionURI action = new PDActionURI();
      action.setURI(area.target());
      annotation.setAction(action);
    }
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    annotation.setBorderStyle(border);
    annotation.setContents(area.owner().alt);
    annotation.setPrinted(true);
    tagger.annotate(annotation, element(area.owner()));
  }

  private void picture(Picture picture, float top, PDPropertyList artifact) throws IOException {
    if (logo == null) {
      return;
    }
    if (image == null) {
      image = PDImageXObject.createFromByteArray(doc, logo.image(), "logo");
    }
    float scale =
        Math.min(picture.width() / image.getWidth(), picture.height() / image.getHeight());
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    float x = picture.x() + picture.width() - w;
    float bottom = y(top + picture.y() + (picture.height() + h) / 2);
    boolean tagged = artifact == null && picture.owner() != null;
    if (tagged) {
      beginTagged(picture.owner());
      PDLayoutAttributeObject bbox = new PDLayoutAttributeObject();
      bbox.setBBox(new PDRectangle(x, bottom, w, h));
      element(picture.owner()).addAttribute(bbox);
    } else {
      cs.beginMarkedContent(COSName.ARTIFACT, artifact != null ? artifact : headerArtifact);
    }
    cs.drawImage(image, x, bottom, w, h);
    cs.endMarkedContent();
  }

  private void drawFooter(String text) throws IOException {
    Geometry g = layout.geometry();
    float width = fonts.metrics(FontStyle.REGULAR).width(text, FOOTER_SIZE);
    cs.beginMarkedContent(COSName.ARTIFACT, footerArtifact);
    setStroke(0xB8BFC7, 0.5f);
    float ruleY = y(g.footerBaseline() - FOOTER_SIZE - 5);
    cs.moveTo(g.margin(), ruleY);
    cs.lineTo(g.right(), ruleY);
    cs.stroke();
    cs.beginText();
    cs.setFont(font(FontStyle.REGULAR), FOOTER_SIZE);
    setFill(Typography.MUTED);
    cs.newLineAtOffset(g.right() - width, y(g.footerBaseline()));
    cs.showText(text);
    cs.endText();
    cs.endMarkedContent();
  }

  /** The PDF element for {@code node}, created (with its ancestors) on first use. */
  private PDStructureElement element(Node node) {
    PDStructureElement element = elements.get(node);
    if (element != null) {
      return element;
    }
    PDStructureNode parent = node.parent == null ? tagger.root() : element(node.parent);
    element = tagger.element(node.type, parent);
    if (node.language != null) {
      element.setLanguage(node.language);
    }
    if (node.alt != null && !"Link".equals(node.type)) {
      element.setAlternateDescription(node.alt);
    }
    if (node.scope != null || node.summary != null) {
      PDTableAttributeObject table = new PDTableAttributeObject();
      if (node.scope != null) {
        table.setScope(node.scope);
      }
      if (node.summary != null) {
        table.setSummary(node.summary);
      }
      element.addAttribute(table);
    }
    if (node.listNumbering != null) {
      PDListAttributeObject list = new PDListAttributeObject();
      list.setListNumbering(node.listNumbering);
      element.addAttribute(list);
    }
    elements.put(node, element);
    return element;
  }

  private void bookmark(Node owner, float top) {
    if (owner.bookmark == null || bookmarks.containsKey(owner)) {
      return;
    }
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(owner.bookmark);
    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setPage(page);
    destination.setTop((int) y(top - 6));
    item.setDestination(destination);
    bookmarks.put(owner, item);
  }

  /** The title's bookmark holds one per section heading. */
  private void outline() {
    PDDocumentOutline outline = new PDDocumentOutline();
    PDOutlineItem title = null;
    for (Map.Entry<Node, PDOutlineItem> entry : bookmarks.entrySet()) {
      if ("H1".equals(entry.getKey().type)) {
        title = entry.getValue();
        outline.addLast(title);
      } else if (title != null) {
        title.addLast(entry.getValue());
      } else {
        outline.addLast(entry.getValue());
      }
    }
    if (title != null) {
      title.openNode();
    }
    outline.openNode();
    doc.getDocumentCatalog().setDocumentOutline(outline);
    doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }

  private PDType0Font font(FontStyle style) throws IOException {
    return fonts.font(style);
  }

  private float y(float fromTop) {
    return layout.geometry().height() - fromTop;
  }

  private void setFill(int rgb) throws IOException {
    cs.setNonStrokingColor(
        ((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
  }

  private void setStroke(int rgb, float width) throws IOException {
    cs.setStrokingColor(
        ((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    cs.setLineWidth(width);
  }

  private static PDPropertyList artifact(String type, String subtype) {
    COSDictionary properties = new COSDictionary();
    properties.setName(COSName.TYPE, type);
    if (subtype != null) {
      properties.setName(COSName.SUBTYPE, subtype);
    }
    return PDPropertyList.create(properties);
  }
}
