package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.PdfPages;
import org.decisionnotices.render.pdf.internal.Paginator.Placed;

/**
 * Several notices laid out one after another, each from a new page, under one Document element:
 * what {@link PdfPages} draws. The first notice's header is tagged, as on a notice; the later ones'
 * headers are artifacts, like a notice's second page. Public only so that {@code PdfPages} can
 * reach it; not API.
 */
public final class NoticePages {
  /**
   * What was drawn: {@code noticeStarts} the first page of each notice, {@code sectionPages} the
   * page each section's content starts on, by section key; pages count from 0.
   */
  public record Drawn(int pages, List<Integer> noticeStarts, Map<String, Integer> sectionPages) {}

  private record Plan(Layouter.Layout layout, List<List<Placed>> pages, List<Integer> starts) {}

  private NoticePages() {}

  /** The pages {@code notices} take, laid out but not drawn. */
  public static int count(
      List<Notice> notices,
      Map<String, PdfPages.PageLink> links,
      RenderOptions options,
      FontLibrary fonts)
      throws IOException {
    return plan(notices, links, options, fonts).pages().size();
  }

  /**
   * Draws {@code notices} as pages appended to {@code doc} (none yet), without footers; the caller
   * finishes the tagger.
   */
  public static Drawn draw(
      PDDocument doc,
      DocumentFonts fonts,
      StructureTagger tagger,
      List<Notice> notices,
      Map<String, PdfPages.PageLink> links,
      RenderOptions options)
      throws IOException {
    Plan plan = plan(notices, links, options, fonts.library());
    Drawer drawer =
        new Drawer(doc, fonts, tagger, plan.layout(), options.branding().logo(), (p, of) -> null);
    drawer.draw(plan.pages());
    return new Drawn(plan.pages().size(), plan.starts(), Map.copyOf(drawer.sectionPages()));
  }

  private static Plan plan(
      List<Notice> notices,
      Map<String, PdfPages.PageLink> links,
      RenderOptions options,
      FontLibrary fonts)
      throws IOException {
    Set<String> keys = new HashSet<>();
    notices.forEach(n -> n.sections().forEach(section -> keys.add(section.key())));
    for (String key : links.keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(
            "a page link names section " + key + ", which no notice has");
      }
    }
    Node document = new Node("Document", null, null);
    Locale language = notices.get(0).language();
    Layouter.Layout first = null;
    List<List<Placed>> pages = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (Notice notice : notices) {
      Layouter layouter = new Layouter(notice, options, fonts);
      Layouter.Layout layout =
          layouter.layout(document, first == null ? null : language, first == null, links);
      if (first == null) {
        first = layout;
      }
      starts.add(pages.size());
      pages.addAll(new Paginator(layout.geometry()).paginate(layout.flow()));
    }
    return new Plan(first, pages, starts);
  }

  /**
   * Subsets every font of {@code doc}, as {@link PDDocument#save} would, for a caller that writes
   * the document by other means; shaped faces get their ToUnicode maps. No text may be drawn with
   * them afterwards.
   */
  public static void subsetFonts(PDDocument doc, DocumentFonts fonts) throws IOException {
    fonts.finish(); // the faces of shaped runs, which it also takes off the list below
    Set<PDFont> rest = ToUnicode.fontsToSubset(doc);
    for (PDFont font : rest) {
      font.subset();
    }
    rest.clear();
  }
}
