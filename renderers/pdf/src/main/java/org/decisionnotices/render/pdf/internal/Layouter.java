package org.decisionnotices.render.pdf.internal;

import static org.decisionnotices.render.pdf.internal.Typography.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.ColumnWidths;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;
import org.decisionnotices.render.pdf.PdfPages;
import org.decisionnotices.render.pdf.internal.Ink.EmptyElement;
import org.decisionnotices.render.pdf.internal.Ink.Fill;
import org.decisionnotices.render.pdf.internal.Ink.LinkArea;
import org.decisionnotices.render.pdf.internal.Ink.Picture;
import org.decisionnotices.render.pdf.internal.Ink.Rule;
import org.decisionnotices.render.pdf.internal.Ink.TextRun;
import org.decisionnotices.render.pdf.internal.TextWrapper.Frag;
import org.decisionnotices.render.pdf.internal.TextWrapper.Line;

/**
 * Turns a notice into the flow of unbreakable slices, planning the structure tree as it goes:
 * Document, then per section a Sect (carrying the section's language) with its H2, tables and
 * prose. All sizes are in points.
 */
final class Layouter {
  private static final int LABEL_FILL = 0xF1F3F6;
  private static final int HEADER_FILL = 0xE3E7EC;

  private static final float CELL = 10;
  private static final float CELL_LEADING = 13.5f;
  private static final float PAD_X = 6;
  private static final float PAD_Y = 4.5f;
  private static final float ITEM_GAP = 3;
  private static final float COUNCIL_NAME = 13;
  private static final float LOGO_BOX_WIDTH = 160;

  /** The planned document. */
  record Layout(
      Node document, List<Slice> flow, Slice firstHeader, Slice laterHeader, Geometry geometry) {}

  private final Notice notice;
  private final Branding branding;
  private final Geometry geometry;
  private final TextWrapper wrapper;
  private final FontLibrary fonts;
  private final int accent;
  private final List<Slice> flow = new ArrayList<>();
  private Map<String, PdfPages.PageLink> pageLinks = Map.of();
  private String ownLanguage;

  Layouter(Notice notice, RenderOptions options, FontLibrary fonts) {
    this.notice = notice;
    this.branding = options.branding();
    this.geometry = Geometry.of(options.pageSize(), hasHeader(branding));
    this.fonts = fonts;
    this.wrapper = new TextWrapper(fonts, notice.id());
    this.accent = branding.accentRgb();
  }

  Geometry geometry() {
    return geometry;
  }

  private static boolean hasHeader(Branding branding) {
    return branding.logo() != null
        || (branding.councilName() != null && !branding.councilName().isBlank());
  }

  Layout layout() throws IOException {
    return layout(new Node("Document", null, null), null, true, Map.of());
  }

  /**
   * Lays the notice out under {@code document}, which may hold other notices before it.
   *
   * @param documentLanguage the language of the document when it differs from the notice's, which
   *     then marks the notice's title and sections with its own; {@code null} if it is the notice's
   * @param taggedHeader whether the first page's header is content (the document's first notice)
   *     rather than an artifact
   * @param pageLinks by section key: a paragraph under the section's heading linking to a named
   *     destination
   */
  Layout layout(
      Node document,
      Locale documentLanguage,
      boolean taggedHeader,
      Map<String, PdfPages.PageLink> pageLinks)
      throws IOException {
    this.pageLinks = pageLinks;
    this.ownLanguage =
        documentLanguage != null
                && !documentLanguage.getLanguage().equals(notice.language().getLanguage())
            ? notice.language().toLanguageTag()
            : null;
    Slice firstHeader = null;
    Slice laterHeader = null;
    if (hasHeader(branding)) {
      firstHeader = header(document, taggedHeader);
      laterHeader = taggedHeader ? header(document, false) : firstHeader;
    }
    Node h1 = document.child("H1");
    h1.bookmark = notice.title();
    h1.language = ownLanguage;
    heading(
        List.of(new Piece(notice.title(), FontStyle.BOLD, h1, null)),
        TITLE,
        TITLE_LEADING,
        TEXT,
        0,
        "title"); // so that a character no font can show is reported in its field
    Slice underline = Slice.of(TITLE_RULE_HEIGHT, 0);
    underline.inks.add(
        new Rule(
            geometry.margin(),
            TITLE_RULE_Y,
            geometry.right(),
            TITLE_RULE_Y,
            TITLE_RULE_WIDTH,
            accent));
    underline.keepWithNext = true;
    flow.add(underline);
    for (Section section : notice.sections()) {
      section(document, section);
    }
    return new Layout(document, flow, firstHeader, laterHeader, geometry);
  }

  /** Council name (left) and logo (right); tagged on page one, artifacts after. */
  private Slice header(Node document, boolean tagged) throws IOException {
    Slice header = Slice.of(geometry.headerHeight(), 0);
    String name = branding.councilName();
    float nameWidth = geometry.contentWidth() - (branding.logo() == null ? 0 : LOGO_BOX_WIDTH + 12);
    if (name != null && !name.isBlank()) {
      Node p = tagged ? document.child("P") : null;
      List<Line> lines =
          wrapper.wrap(
              List.of(new Piece(name, FontStyle.BOLD, p, null)),
              COUNCIL_NAME,
              nameWidth,
              "branding");
      float leading = COUNCIL_NAME * 1.25f;
      float top = (geometry.headerHeight() - lines.size() * leading) / 2;
      for (int i = 0; i < lines.size(); i++) {
        addLine(
            header,
            lines.get(i),
            geometry.margin(),
            top + i * leading + baseline(leading, COUNCIL_NAME),
            COUNCIL_NAME,
            TEXT);
      }
    }
    if (branding.logo() != null) {
      Node figure = null;
      if (tagged) {
        figure = document.child("Figure");
        figure.alt = branding.logo().altText();
      }
      header.inks.add(
          new Picture(
              geometry.right() - LOGO_BOX_WIDTH,
              0,
              LOGO_BOX_WIDTH,
              geometry.headerHeight(),
              figure));
    }
    float ruleY = geometry.headerHeight() + 10;
    header.inks.add(new Rule(geometry.margin(), ruleY, geometry.right(), ruleY, 1, accent));
    return header;
  }

  private void section(Node document, Section section) throws IOException {
    Node sect = new Node("Sect", document, section.key());
    if (section.language() != null) {
      sect.language = section.language().toLanguageTag();
    } else {
      sect.language = ownLanguage;
    }
    float space = 16;
    if (section.heading() != null) {
      Node h2 = sect.child("H2");
      h2.bookmark = section.heading();
      heading(
          List.of(new Piece(section.heading(), FontStyle.BOLD, h2, null)),
          H2,
          H2_LEADING,
          accent,
          16,
          section.key());
      space = 4;
    }
    PdfPages.PageLink pageLink = pageLinks.get(section.key());
    if (pageLink != null) {
      Node p = sect.child("P");
      Node link = p.child("Link");
      link.alt = pageLink.description();
      List<Piece> text =
          List.of(
              new Piece(pageLink.text(), FontStyle.REGULAR, link, "#" + pageLink.destination()));
      paragraphOf(text, p, geometry.margin(), geometry.contentWidth(), space);
      space = PARAGRAPH_GAP;
    }
    for (Part part : section.parts()) {
      if (part instanceof FieldList fields) {
        fieldList(sect, fields, space);
      } else if (part instanceof Table table) {
        table(sect, table, space);
      } else if (part instanceof Blocks blocks) {
        blocks(blocks.blocks(), sect, geometry.margin(), geometry.contentWidth(), space, 0);
      }
      space = 10;
    }
  }

  private void heading(
      List<Piece> text, float size, float leading, int rgb, float spaceBefore, String where)
      throws IOException {
    List<Line> lines = wrapper.wrap(text, size, geometry.contentWidth(), where);
    for (int i = 0; i < lines.size(); i++) {
      Slice slice = Slice.of(leading, i == 0 ? spaceBefore : 0);
      addLine(slice, lines.get(i), geometry.margin(), baseline(leading, size), size, rgb);
      slice.keepWithNext = true;
      flow.add(slice);
    }
  }

  // ---- tables ----

  private void fieldList(Node sect, FieldList fields, float spaceBefore) throws IOException {
    Node table = sect.child("Table");
    float labelWidth = Math.round(geometry.contentWidth() * 0.34f);
    float valueWidth = geometry.contentWidth() - labelWidth;
    boolean first = true;
    for (Field field : fields.fields()) {
      Node tr = table.child("TR");
      Node th = tr.child("TH");
      th.scope = "Row";
      Node td = tr.child("TD");
      List<Piece> value = new ArrayList<>();
      pieces(field.value(), FontStyle.REGULAR, td, null, value);
      List<List<Line>> cells =
          List.of(
              wrapper.wrap(
                  List.of(new Piece(field.label(), FontStyle.BOLD, th, null)),
                  CELL,
                  labelWidth - 2 * PAD_X,
                  sect.sectionKey),
              wrapper.wrap(value, CELL, valueWidth - 2 * PAD_X, sect.sectionKey));
      flow.addAll(
          row(
              cells,
              List.of(th, td),
              new float[] {labelWidth, valueWidth},
              first ? spaceBefore : 0,
              first,
              LABEL_FILL,
              true,
              null));
      first = false;
    }
  }

  private void table(Node sect, Table table, float spaceBefore) throws IOException {
    Node node = sect.child("Table");
    node.summary = table.caption();
    String where = sect.sectionKey;
    float[] widths = columnWidths(table, where);
    Node headerRow = node.child("TR");
    List<List<Line>> headerCells = new ArrayList<>();
    List<Node> ths = new ArrayList<>();
    for (String heading : table.header()) {
      Node th = headerRow.child("TH");
      ths.add(th);
      th.scope = "Column";
      headerCells.add(
          wrapper.wrap(
              List.of(new Piece(heading, FontStyle.BOLD, th, null)),
              CELL,
              cellText(widths, headerCells.size()),
              where));
    }
    // Never split: the header row is repeated whole on every page the table continues on.
    Slice header =
        rowPart(
            headerCells, ths, widths, spaceBefore, true, HEADER_FILL, false, 0, lines(headerCells));
    header.keepWithNext = true;
    flow.add(header);
    for (List<String> cells : table.rows()) {
      Node tr = node.child("TR");
      List<List<Line>> lines = new ArrayList<>();
      List<Node> tds = new ArrayList<>();
      for (String cell : cells) {
        Node td = tr.child("TD");
        tds.add(td);
        lines.add(
            wrapper.wrap(
                List.of(new Piece(cell, FontStyle.REGULAR, td, null)),
                CELL,
                cellText(widths, lines.size()),
                where));
      }
      for (Slice part : row(lines, tds, widths, 0, false, -1, false, header)) {
        part.tableHeader = header;
        flow.add(part);
      }
    }
  }

  private static float cellText(float[] widths, int column) {
    return widths[column] - 2 * PAD_X;
  }

  /** Columns share the width by their content: no column narrower than its longest word. */
  private float cellWidth(String text, FontStyle style, String where) throws IOException {
    float width = fonts.face(style).width(text, CELL);
    return width >= 0 ? width : wrapper.width(text, style, CELL, where);
  }

  private float[] columnWidths(Table table, String where) throws IOException {
    double[] shares =
        ColumnWidths.of(
            table,
            geometry.contentWidth(),
            (text, header) ->
                cellWidth(text, header ? FontStyle.BOLD : FontStyle.REGULAR, where) + 2 * PAD_X);
    float[] widths = new float[shares.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = (float) shares[c];
    }
    return widths;
  }

  /**
   * One table row. {@code fill} colours the first cell ({@code firstOnly}) or every cell, or
   * nothing when negative; rules separate rows. A row that fits on a fresh page (below {@code
   * tableHeader}, repeated there, when not null) is one slice. A taller row is one slice per line,
   * kept together as a paragraph's lines are, so that it breaks between lines; each part of it
   * shares a {@link Slice#splitEdge} that closes and reopens the row where the page breaks.
   */
  private List<Slice> row(
      List<List<Line>> cells,
      List<Node> owners,
      float[] widths,
      float spaceBefore,
      boolean ruleAbove,
      int fill,
      boolean firstOnly,
      Slice tableHeader) {
    int lines = lines(cells);
    float room =
        geometry.bodyBottom() - geometry.bodyTop() - (tableHeader == null ? 0 : tableHeader.height);
    if (lines * CELL_LEADING + 2 * PAD_Y <= room || lines == 1) {
      return List.of(
          rowPart(cells, owners, widths, spaceBefore, ruleAbove, fill, firstOnly, 0, lines));
    }
    Slice edge = Slice.of(0, 0);
    edge.inks.add(new Rule(geometry.margin(), 0, geometry.right(), 0, 0.75f, RULE));
    List<Slice> parts = new ArrayList<>();
    for (int line = 0; line < lines; line++) {
      Slice part =
          rowPart(
              cells,
              owners,
              widths,
              line == 0 ? spaceBefore : 0,
              ruleAbove,
              fill,
              firstOnly,
              line,
              line + 1);
      part.splitEdge = edge;
      parts.add(part);
    }
    Slice.keepLinesTogether(parts);
    return parts;
  }

  /**
   * Lines {@code from} (inclusive) to {@code to} (exclusive) of a row, padded and ruled above when
   * they start the row and below when they end it.
   */
  private Slice rowPart(
      List<List<Line>> cells,
      List<Node> owners,
      float[] widths,
      float spaceBefore,
      boolean ruleAbove,
      int fill,
      boolean firstOnly,
      int from,
      int to) {
    boolean first = from == 0;
    boolean last = to == lines(cells);
    float top = first ? PAD_Y : 0;
    float height = (to - from) * CELL_LEADING + top + (last ? PAD_Y : 0);
    Slice row = Slice.of(height, spaceBefore);
    float x = geometry.margin();
    if (fill >= 0) {
      float fillWidth = firstOnly ? widths[0] : geometry.contentWidth();
      row.inks.add(new Fill(x, 0, fillWidth, height, fill));
    }
    if (ruleAbove && first) {
      row.inks.add(new Rule(x, 0, geometry.right(), 0, 0.75f, RULE));
    }
    for (int c = 0; c < cells.size(); c++) {
      List<Line> cell = cells.get(c);
      if (cell.isEmpty() && first) {
        // An empty cell is still a cell: every row needs as many as the header (PDF/UA 7.2-43).
        row.inks.add(new EmptyElement(owners.get(c)));
      }
      for (int i = from; i < Math.min(to, cell.size()); i++) {
        addLine(
            row,
            cell.get(i),
            x + PAD_X,
            top + (i - from) * CELL_LEADING + baseline(CELL_LEADING, CELL),
            CELL,
            TEXT);
      }
      x += widths[c];
    }
    if (last) {
      row.inks.add(new Rule(geometry.margin(), height, geometry.right(), height, 0.75f, RULE));
    }
    return row;
  }

  /** The lines of a row: those of its tallest cell, and at least one. */
  private static int lines(List<List<Line>> cells) {
    int lines = 1;
    for (List<Line> cell : cells) {
      lines = Math.max(lines, cell.size());
    }
    return lines;
  }

  // ---- prose ----

  private void blocks(
      List<Block> blocks, Node parent, float x, float width, float firstSpace, int depth)
      throws IOException {
    boolean first = true;
    for (Block block : blocks) {
      float space = first ? firstSpace : PARAGRAPH_GAP;
      if (block instanceof Paragraph p) {
        paragraph(p.inlines(), parent.child("P"), x, width, space);
      } else if (block instanceof ListBlock list) {
        list(list, parent.child("L"), x, width, space, depth);
      }
      first = false;
    }
  }

  private void paragraph(List<Inline> inlines, Node p, float x, float width, float spaceBefore)
      throws IOException {
    List<Piece> pieces = new ArrayList<>();
    pieces(inlines, FontStyle.REGULAR, p, null, pieces);
    paragraphOf(pieces, p, x, width, spaceBefore);
  }

  private void paragraphOf(List<Piece> pieces, Node p, float x, float width, float spaceBefore)
      throws IOException {
    List<Line> lines = wrapper.wrap(pieces, BODY, width, p.sectionKey);
    List<Slice> slices = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Slice slice = Slice.of(BODY_LEADING, i == 0 ? spaceBefore : 0);
      addLine(slice, lines.get(i), x, baseline(BODY_LEADING, BODY), BODY, TEXT);
      slices.add(slice);
    }
    Slice.keepLinesTogether(slices);
    flow.addAll(slices);
  }

  private void list(ListBlock list, Node l, float x, float width, float spaceBefore, int depth)
      throws IOException {
    l.listNumbering = list.ordered() ? "Decimal" : "Disc";
    FontMetrics face = fonts.face(FontStyle.REGULAR);
    float indent = 16;
    if (list.ordered()) {
      String widest = (list.start() + list.items().size() - 1) + ".";
      indent = Math.max(indent, face.width(widest, BODY) + 7);
    }
    int number = list.start();
    boolean first = true;
    for (ListItem item : list.items()) {
      Node li = l.child("LI");
      Node lbl = li.child("Lbl");
      Node body = li.child("LBody");
      int start = flow.size();
      blocks(
          item.blocks(),
          body,
          x + indent,
          width - indent,
          first ? spaceBefore : ITEM_GAP,
          depth + 1);
      if (flow.size() == start) {
        flow.add(Slice.of(BODY_LEADING, first ? spaceBefore : ITEM_GAP));
      }
      String marker = list.ordered() ? number + "." : depth == 0 ? "\u2022" : "\u2013";
      float markerWidth = face.width(marker, BODY);
      float markerX = list.ordered() ? x + indent - 7 - markerWidth : x + 3;
      Slice firstSlice = flow.get(start);
      firstSlice.inks.add(
          0,
          new TextRun(
              markerX,
              firstBaseline(firstSlice),
              FontStyle.REGULAR,
              BODY,
              TEXT,
              marker + " ",
              lbl,
              null));
      number++;
      first = false;
    }
  }

  private static float firstBaseline(Slice slice) {
    for (Ink ink : slice.inks) {
      if (ink instanceof TextRun run) {
        return run.baseline();
      }
    }
    return baseline(BODY_LEADING, BODY);
  }

  /** Inline prose as pieces; each link becomes a Link node under {@code owner}. */
  private void pieces(
      List<Inline> inlines, FontStyle style, Node owner, String link, List<Piece> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        out.add(new Piece(t.text(), style, owner, link));
      } else if (inline instanceof Emphasis e) {
        pieces(e.children(), style.withItalic(), owner, link, out);
      } else if (inline instanceof Strong s) {
        pieces(s.children(), style.withBold(), owner, link, out);
      } else if (inline instanceof Link l) {
        Node node = owner.child("Link");
        String text = Inline.plainText(l.children()).strip();
        node.alt =
            text.isEmpty() || text.equals(l.target()) ? l.target() : text + " (" + l.target() + ")";
        pieces(l.children(), style, node, l.target(), out);
      } else if (inline instanceof Span span) {
        // Language of parts: a Span element with its own /Lang.
        Node node = owner.child("Span");
        node.language = span.languageTag();
        pieces(span.children(), style, node, link, out);
      } else if (inline instanceof LineBreak) {
        out.add(new Piece(Piece.BREAK, style, null, null));
      }
    }
  }

  // ---- lines to ink ----

  /**
   * Draws a wrapped line: fragments of one face and owner merge into one text run; each link gets
   * an underline and a clickable area.
   */
  private void addLine(Slice slice, Line line, float x, float baseline, float size, int rgb) {
    List<Frag> frags = line.frags();
    int i = 0;
    while (i < frags.size()) {
      Frag first = frags.get(i);
      StringBuilder text = new StringBuilder(first.text());
      int j = i + 1;
      while (first.shaped() == null
          && j < frags.size()
          && frags.get(j).shaped() == null
          && frags.get(j).style() == first.style()
          && frags.get(j).owner() == first.owner()) {
        text.append(frags.get(j).text());
        j++;
      }
      int colour = first.link() != null ? accent : rgb;
      slice.inks.add(
          new TextRun(
              x + first.x(),
              baseline,
              first.style(),
              size,
              colour,
              text.toString(),
              first.owner(),
              first.shaped()));
      i = j;
    }
    // Links: one underline and one area per run of fragments of the same link on this line.
    i = 0;
    while (i < frags.size()) {
      Frag first = frags.get(i);
      if (first.link() == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < frags.size() && frags.get(j + 1).owner() == first.owner()) {
        j++;
      }
      Frag last = frags.get(j);
      float left = x + first.x();
      float right = x + last.x() + last.inkWidth();
      float under = baseline + size * 0.14f;
      slice.inks.add(new Rule(left, under, right, under, 0.6f, accent));
      Node linkNode = first.owner();
      while (linkNode != null && !"Link".equals(linkNode.type)) {
        linkNode = linkNode.parent; // a Span inside the link
      }
      if (linkNode != null) {
        slice.inks.add(
            new LinkArea(
                left, baseline - size * 0.95f, right - left, size * 1.25f, first.link(), linkNode));
      }
      i = j + 1;
    }
  }
}
