package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.render.RenderOptions;

/**
 * Parts of a notice's drawing for pages that another writer lays out and paginates (the pack's
 * agenda): the running header of a notice's later pages, and prose with its emphasis, strong text
 * and links, laid out, drawn and tagged exactly as on a notice. Public because the pack module
 * shares it; not API. Confined to the thread that writes the document.
 */
public final class NoticeFragments {

  /** A line of prose (or a list item's first line with its marker), never split across pages. */
  public static final class Line {
    private final Slice slice;

    private Line(Slice slice) {
      this.slice = slice;
    }

    public float height() {
      return slice.height;
    }

    /** Space above, dropped at the top of a page. */
    public float spaceBefore() {
      return slice.spaceBefore;
    }

    /** No page break may fall between this line and the next (orphans and widows). */
    public boolean keepWithNext() {
      return slice.keepWithNext;
    }
  }

  private final Layouter layouter;
  private final Drawer drawer;
  private final Slice header;

  /**
   * @param documentId names the document in errors
   */
  public NoticeFragments(
      PDDocument doc,
      DocumentFonts fonts,
      StructureTagger tagger,
      RenderOptions options,
      String documentId)
      throws IOException {
    this.layouter = new Layouter(documentId, options, fonts.library());
    this.header = layouter.laterHeader();
    this.drawer =
        new Drawer(
            doc,
            fonts,
            tagger,
            new Layouter.Layout(null, List.of(), null, header, layouter.geometry()),
            options.branding().logo(),
            (page, of) -> null);
  }

  /** Where things go on a page: below the header when the branding has one, as on a notice. */
  public Geometry geometry() {
    return layouter.geometry();
  }

  /**
   * Draws the council's name and logo, as a notice's second and later pages show them (a pagination
   * artifact), on {@code page}; nothing when the branding has neither.
   */
  public void header(PDPage page, PDPageContentStream stream) throws IOException {
    if (header != null) {
      drawer.drawOn(page, stream, header, geometry().headerTop(), true);
    }
  }

  /**
   * Lays out {@code blocks} across the content width as a notice's prose, to be tagged under {@code
   * parent}: paragraphs as P, lists as L, emphasis in italic, strong text in bold, links as Link
   * elements with their annotation. The first line has {@code firstSpace} above it.
   */
  public List<Line> prose(List<Block> blocks, PDStructureElement parent, float firstSpace)
      throws IOException {
    Node root = new Node(parent.getStructureType(), null, null);
    drawer.adopt(root, parent);
    Geometry g = geometry();
    List<Line> lines = new ArrayList<>();
    for (Slice slice : layouter.prose(blocks, root, g.margin(), g.contentWidth(), firstSpace)) {
      lines.add(new Line(slice));
    }
    return lines;
  }

  /**
   * Draws {@code line} with its top {@code top} points below the top of {@code page}, which must be
   * the tagger's current page.
   */
  public void draw(Line line, PDPage page, PDPageContentStream stream, float top)
      throws IOException {
    drawer.drawOn(page, stream, line.slice, top, false);
  }
}
