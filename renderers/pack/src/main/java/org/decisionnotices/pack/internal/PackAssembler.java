package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.pack.PackProblem;
import org.decisionnotices.pack.PackResult;
import org.decisionnotices.render.RenderOptions;

/**
 * Builds one agenda pack. Order of work: open and check every report (nothing is written if one
 * fails); lay out the front sheet and agenda once on scratch pages to learn how many pages they
 * take, and so where each item starts; write them for real; merge the reports one at a time;
 * then add links' targets, bookmarks, page labels and page numbers, and save.
 *
 * <p>Public so that {@link org.decisionnotices.pack.AgendaPack} can call it; not API.
 */
public final class PackAssembler {
  private static final float LABEL_COLUMN = 70f;

  private final Meeting meeting;
  private final Path folder;
  private final boolean full;
  private final PackLabels labels;
  private final PDRectangle pageSize;
  private final String languageTag;

  public PackAssembler(Meeting meeting, Path folder, boolean full, RenderOptions options) {
    this.meeting = meeting;
    this.folder = folder;
    this.full = full;
    Locale labelLanguage =
        options.labelLanguage() != null ? options.labelLanguage() : meeting.language();
    this.labels = new PackLabels(labelLanguage);
    this.pageSize =
        new PDRectangle(options.pageSize().widthPoints(), options.pageSize().heightPoints());
    this.languageTag = meeting.language().toLanguageTag();
  }

  public PackResult write(OutputStream out) throws IOException {
    List<CheckedDocument> documents = new DocumentCheck(folder).check(meeting, full);
    int frontPages = frontMatterPages();
    List<ItemPages> items = itemPages(documents, frontPages);

    try (PDDocument pack = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        Fonts fonts = new Fonts(pack)) {
      String title = labels.format("title", meeting.body(), labels.date(meeting.date()));
      ZonedDateTime created = ZonedDateTime.now();
      PdfUaCatalog.apply(pack, title, languageTag, created, claims(documents));
      PDDocumentCatalog catalog = pack.getDocumentCatalog();
      // Set before merging: otherwise the first report's own settings would become the pack's.
      catalog.setPageMode(PageMode.USE_OUTLINES);

      TaggedWriter writer = new TaggedWriter(pack, fonts, pageSize, languageTag);
      int[] entryPages = writeFrontMatter(writer, items);
      writer.finish();
      PDPageFitDestination openAt = new PDPageFitDestination();
      openAt.setPage(pack.getPage(0));
      catalog.setOpenAction(openAt);

      List<PDDocumentOutline> reportOutlines = merge(pack, documents);

      PDPageTree pages = pack.getPages();
      for (TaggedWriter.PendingLink link : writer.links()) {
        link.destination().setPage(pages.get(link.targetPageIndex()));
      }
      bookmarks(pack, items, entryPages, reportOutlines);
      PDPageLabels pageLabels = new PDPageLabels(pack);
      PDPageLabelRange decimal = new PDPageLabelRange();
      decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
      // One range over the whole pack, so labels equal the printed "Page N"; this also replaces
      // the labels that merging copied from the reports.
      pageLabels.setLabelItem(0, decimal);
      catalog.setPageLabels(pageLabels);

      stamp(pack, fonts, items);
      PdfUaCatalog.information(pack, title, created);
      pack.save(out);
      return new PackResult(pack.getNumberOfPages(), warnings(documents));
    }
  }

  /** Where each item's documents land in the pack. */
  private record ItemPages(AgendaItem item, List<CheckedDocument> documents, int firstPage) {
    boolean hasPages() {
      return !documents.isEmpty();
    }

    int pageCount() {
      return documents.stream().mapToInt(CheckedDocument::pages).sum();
    }
  }

  private List<ItemPages> itemPages(List<CheckedDocument> documents, int frontPages) {
    List<ItemPages> items = new ArrayList<>();
    int next = frontPages;
    for (AgendaItem item : meeting.items()) {
      List<CheckedDocument> own = new ArrayList<>();
      for (CheckedDocument document : documents) {
        if (document.item() == item) {
          own.add(document);
        }
      }
      ItemPages pages = new ItemPages(item, own, next);
      next += pages.pageCount();
      items.add(pages);
    }
    return items;
  }

  /**
   * Pages the front sheet and agenda take, found by laying them out on a scratch document: the
   * page references sit in a fixed column, so their values cannot change the layout.
   */
  private int frontMatterPages() throws IOException {
    try (PDDocument scratch = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        Fonts fonts = new Fonts(scratch)) {
      TaggedWriter writer = new TaggedWriter(scratch, fonts, pageSize, languageTag);
      List<ItemPages> placeholders = new ArrayList<>();
      for (AgendaItem item : meeting.items()) {
        boolean shown = !item.isExempt() || full;
        List<CheckedDocument> stand =
            shown && !item.documents().isEmpty()
                ? List.of(new CheckedDocument(item, item.documents().get(0), "", null, 1, true, true))
                : List.of();
        placeholders.add(new ItemPages(item, stand, 99_998));
      }
      writeFrontMatter(writer, placeholders);
      writer.finish();
      return writer.pageCount();
    }
  }

  /** Writes the front sheet and the agenda; returns the page index of each item's agenda entry. */
  private int[] writeFrontMatter(TaggedWriter w, List<ItemPages> items) throws IOException {
    w.heading("H1", meeting.body(), 20f);
    w.field(labels.get("date"), labels.date(meeting.date()), LABEL_COLUMN);
    if (meeting.time() != null) {
      w.field(
          labels.get("time"),
          String.format(Locale.ROOT, "%02d:%02d", meeting.time().getHour(), meeting.time().getMinute()),
          LABEL_COLUMN);
    }
    if (meeting.venue() != null) {
      w.field(labels.get("venue"), meeting.venue(), LABEL_COLUMN);
    }
    if (!meeting.members().isEmpty()) {
      w.heading("H2", labels.get("membership"), 14f);
      List<String> members = new ArrayList<>();
      for (Member member : meeting.members()) {
        members.add(member.role() == null ? member.name() : member.name() + " (" + member.role() + ")");
      }
      w.bulletList(members);
    }
    if (meeting.contact() != null) {
      w.heading("H2", labels.get("contact"), 14f);
      var contact = meeting.contact();
      w.paragraph(contact.role() == null ? contact.name() : contact.name() + ", " + contact.role());
      if (contact.email() != null) {
        w.field(labels.get("email"), contact.email(), LABEL_COLUMN);
      }
      if (contact.phone() != null) {
        w.field(labels.get("phone"), contact.phone(), LABEL_COLUMN);
      }
    }

    w.newPage();
    w.heading("H1", labels.get("agenda"), 20f);
    int[] entryPages = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      ItemPages pages = items.get(i);
      AgendaItem item = pages.item();
      String heading = item.number() + ". " + item.title();
      if (pages.hasPages()) {
        int page = pages.firstPage() + 1;
        w.entryHeading(
            heading,
            labels.page(page),
            labels.format("startsOnPage", item.number(), Integer.toString(page)),
            pages.firstPage());
      } else {
        w.entryHeading(heading, null, null, -1);
      }
      entryPages[i] = w.pageCount() - 1;
      boolean withheld = item.isExempt() && !full;
      if (!withheld && item.purpose() != null) {
        prose(w, item.purpose().blocks());
      }
      if (item.isExempt()) {
        w.paragraph(labels.exemption(item.exempt()));
        if (full && item.exempt().reason() != null) {
          w.paragraph(item.exempt().reason());
        }
      }
    }
    return entryPages;
  }

  /** Prose as plain paragraphs and bulleted lists; inline emphasis and links are not kept. */
  private static void prose(TaggedWriter w, List<Block> blocks) throws IOException {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        w.paragraph(Inline.plainText(paragraph.inlines()));
      } else if (block instanceof ListBlock list) {
        List<String> entries = new ArrayList<>();
        int number = list.start();
        for (ListItem listItem : list.items()) {
          StringBuilder text = new StringBuilder(list.ordered() ? (number++) + ". " : "");
          for (Block inner : listItem.blocks()) {
            if (text.length() > 0 && !text.toString().endsWith(". ")) {
              text.append(' ');
            }
            Block.appendPlainText(inner, text);
          }
          entries.add(text.toString());
        }
        w.bulletList(entries);
      }
    }
  }

  /**
   * Appends every report, one open at a time. Each report's own bookmarks are kept aside to go
   * beneath its entry in the pack's bookmarks.
   */
  private static List<PDDocumentOutline> merge(PDDocument pack, List<CheckedDocument> documents)
      throws IOException {
    PDFMergerUtility merger = new PDFMergerUtility();
    PDDocumentCatalog catalog = pack.getDocumentCatalog();
    List<PDDocumentOutline> outlines = new ArrayList<>();
    for (CheckedDocument document : documents) {
      catalog.setDocumentOutline(null); // so that the merger hands us the report's outline alone
      // The merger copies stream data into the pack's (temp-file) cache, so each report can be
      // closed as soon as it is appended.
      try (PDDocument report =
          Loader.loadPDF(document.file().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
        merger.appendDocument(pack, report);
      }
      outlines.add(catalog.getDocumentOutline());
    }
    catalog.setDocumentOutline(null);
    return outlines;
  }

  private void bookmarks(
      PDDocument pack, List<ItemPages> items, int[] entryPages, List<PDDocumentOutline> reportOutlines) {
    PDPageTree pages = pack.getPages();
    PDDocumentOutline outline = new PDDocumentOutline();
    outline.addLast(bookmark(labels.get("frontSheet"), pages.get(0)));
    outline.addLast(bookmark(labels.get("agenda"), pages.get(entryPages.length == 0 ? 0 : entryPages[0])));
    int report = 0;
    for (int i = 0; i < items.size(); i++) {
      ItemPages item = items.get(i);
      String title = item.item().number() + ". " + item.item().title();
      if (item.item().isExempt() && full) {
        title += " (" + labels.get("notForPublication") + ")";
      }
      int target = item.hasPages() ? item.firstPage() : entryPages[i];
      PDOutlineItem itemMark = bookmark(title, pages.get(target));
      outline.addLast(itemMark);
      int page = item.firstPage();
      for (CheckedDocument document : item.documents()) {
        PDOutlineItem documentMark = bookmark(document.ref().title(), pages.get(page));
        itemMark.addLast(documentMark);
        adoptChildren(documentMark, reportOutlines.get(report++));
        page += document.pages();
      }
      itemMark.openNode();
    }
    outline.openNode();
    pack.getDocumentCatalog().setDocumentOutline(outline);
  }

  private static PDOutlineItem bookmark(String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(page);
    item.setDestination(destination);
    return item;
  }

  /** Moves a report's own bookmarks beneath {@code parent}, closed. */
  private static void adoptChildren(PDOutlineItem parent, PDDocumentOutline reportOutline) {
    if (reportOutline == null || reportOutline.getFirstChild() == null) {
      return;
    }
    COSDictionary from = reportOutline.getCOSObject();
    COSDictionary to = parent.getCOSObject();
    to.setItem(COSName.FIRST, from.getDictionaryObject(COSName.FIRST));
    to.setItem(COSName.LAST, from.getDictionaryObject(COSName.LAST));
    int children = 0;
    for (PDOutlineItem child : reportOutline.children()) {
      child.getCOSObject().setItem(COSName.PARENT, to);
      children++;
    }
    // A negative count is a closed entry (ISO 32000-1 12.3.3); its parents' counts are unchanged.
    to.setInt(COSName.COUNT, -children);
  }

  private void stamp(PDDocument pack, Fonts fonts, List<ItemPages> items) throws IOException {
    boolean[] notForPublication = new boolean[pack.getNumberOfPages()];
    for (ItemPages item : items) {
      if (item.item().isExempt()) {
        for (int p = item.firstPage(); p < item.firstPage() + item.pageCount(); p++) {
          notForPublication[p] = true;
        }
      }
    }
    Stamper stamper = new Stamper(pack, fonts);
    int total = notForPublication.length;
    int index = 0;
    for (PDPage page : pack.getPages()) {
      stamper.stamp(
          page,
          labels.pageOf(index + 1, total),
          notForPublication[index] ? labels.get("notForPublication") : null);
      index++;
    }
  }

  private static PdfUaCatalog.Claims claims(List<CheckedDocument> documents) {
    if (documents.isEmpty()) {
      return PdfUaCatalog.Claims.UA_AND_A;
    }
    // We check only that each report claims PDF/UA, and do not check PDF/A at all: the pack
    // must not claim more than its reports do.
    boolean allUa = documents.stream().allMatch(CheckedDocument::claimsPdfUa);
    return allUa ? PdfUaCatalog.Claims.UA : PdfUaCatalog.Claims.NONE;
  }

  private static List<PackProblem> warnings(List<CheckedDocument> documents) {
    List<PackProblem> warnings = new ArrayList<>();
    for (CheckedDocument document : documents) {
      if (!document.tagged()) {
        warnings.add(
            new PackProblem(
                document.item().number(),
                document.jsonPath(),
                document.ref().file(),
                "is not a tagged PDF: it was merged, but screen reader users cannot read it;"
                    + " ask its author for a tagged (accessible) PDF"));
      }
    }
    return warnings;
  }
}
