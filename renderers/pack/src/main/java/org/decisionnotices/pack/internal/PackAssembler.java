package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.pack.PackProblem;
import org.decisionnotices.pack.PackResult;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.pdf.internal.Conformance;
import org.decisionnotices.render.pdf.internal.DocumentFonts;
import org.decisionnotices.render.pdf.internal.FontLibrary;
import org.decisionnotices.render.pdf.internal.Geometry;
import org.decisionnotices.render.pdf.internal.NoticePdfWriter;
import org.decisionnotices.render.pdf.internal.StructureTagger;
import org.decisionnotices.render.pdf.internal.TextWrapper;

/**
 * Builds one agenda pack. Order of work: open and check every report (nothing is written if one
 * fails); lay out the front sheet and agenda once on scratch pages to learn how many pages they
 * take, and so where each item starts; write them for real; merge the reports one at a time;
 * then add links' targets, bookmarks, page labels and page numbers, and save.
 *
 * <p>The front sheet is a notice drawn by the PDF renderer's own layout; the agenda is written
 * with its fonts, wrapping and tagging. Document dates come from the meeting's date and the
 * trailer ID from a digest of every input, so the same inputs give the same bytes.
 *
 * <p>Public so that {@link org.decisionnotices.pack.AgendaPack} can call it; not API.
 */
public final class PackAssembler {
  private final Meeting meeting;
  private final Path folder;
  private final boolean full;
  private final RenderOptions options;
  private final FontLibrary fonts;
  private final PackLabels labels;

  /** {@code fonts} may be shared by packs on many threads. */
  public PackAssembler(Meeting meeting, Path folder, boolean full, RenderOptions options, FontLibrary fonts) {
    this.meeting = meeting;
    this.folder = folder;
    this.full = full;
    this.options = options;
    this.fonts = fonts;
    Locale labelLanguage =
        options.labelLanguage() != null ? options.labelLanguage() : meeting.language();
    this.labels = new PackLabels(labelLanguage);
  }

  public PackResult write(OutputStream out) throws IOException {
    List<CheckedDocument> documents = new DocumentCheck(folder).check(meeting, full);
    int frontPages = frontMatterPages();
    List<ItemPages> items = itemPages(documents, frontPages);

    try (PDDocument pack = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      pack.setVersion(1.7f);
      String title = labels.format("title", meeting.body(), labels.date(meeting.date()));
      Conformance.apply(pack, title, meeting.language(), meeting.date(), digest(documents), claims(documents));
      PDDocumentCatalog catalog = pack.getDocumentCatalog();
      // Set before merging: otherwise the first report's own settings would become the pack's.
      catalog.setPageMode(PageMode.USE_OUTLINES);

      DocumentFonts packFonts = new DocumentFonts(pack, fonts);
      StructureTagger tagger = new StructureTagger(pack);
      FrontMatter front = writeFrontMatter(pack, packFonts, tagger, items);
      int[] entryPages = front.entryPages();
      tagger.finish();
      PDPageFitDestination openAt = new PDPageFitDestination();
      openAt.setPage(pack.getPage(0));
      catalog.setOpenAction(openAt);

      List<PDDocumentOutline> reportOutlines = merge(pack, documents);

      PDPageTree pages = pack.getPages();
      for (TaggedWriter.PendingLink link : front.links()) {
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

      stamp(pack, packFonts, items);
      Conformance.information(pack, title, meeting.date());
      // Merging wrote the reports' MarkInfo flags into the pack's (with a bad /Suspects).
      Conformance.markTagged(pack);
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
    try (PDDocument scratch = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      List<ItemPages> placeholders = new ArrayList<>();
      for (AgendaItem item : meeting.items()) {
        boolean shown = !item.isExempt() || full;
        List<CheckedDocument> stand =
            shown && !item.documents().isEmpty()
                ? List.of(new CheckedDocument(item, item.documents().get(0), "", null, 1, true, true))
                : List.of();
        placeholders.add(new ItemPages(item, stand, 99_998));
      }
      writeFrontMatter(scratch, new DocumentFonts(scratch, fonts), new StructureTagger(scratch), placeholders);
      return scratch.getNumberOfPages();
    }
  }

  /** Where each item's agenda entry is, and the agenda's links still to be pointed at pages. */
  private record FrontMatter(int[] entryPages, List<TaggedWriter.PendingLink> links) {}

  /**
   * Writes the front sheet (a notice, drawn by the PDF renderer) and then the agenda, all under
   * one Document element.
   */
  private FrontMatter writeFrontMatter(
      PDDocument doc, DocumentFonts docFonts, StructureTagger tagger, List<ItemPages> items)
      throws IOException {
    PDStructureElement document =
        NoticePdfWriter.drawInto(doc, docFonts, tagger, FrontSheet.notice(meeting, labels), options);
    // Agenda pages carry no council header, so their text starts where a notice's does without one.
    Geometry geometry = Geometry.of(options.pageSize(), false);
    TaggedWriter w =
        new TaggedWriter(
            doc, docFonts, new TextWrapper(fonts, meeting.id()), tagger, document, geometry,
            options.branding().accentRgb());
    w.newPage();
    w.heading("H1", labels.get("agenda"));
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
    w.close();
    return new FrontMatter(entryPages, w.links());
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

  private void stamp(PDDocument pack, DocumentFonts fonts, List<ItemPages> items) throws IOException {
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

  /**
   * A digest of everything that decides the pack: the meeting (records print every component),
   * which pack, the options, and the bytes of every merged report.
   */
  private byte[] digest(List<CheckedDocument> documents) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    sha.update((meeting + "|full=" + full).getBytes(StandardCharsets.UTF_8));
    for (CheckedDocument document : documents) {
      try (InputStream in = new DigestInputStream(Files.newInputStream(document.file()), sha)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
    return Conformance.digest(sha.digest(), options);
  }

  private static Conformance.Claims claims(List<CheckedDocument> documents) {
    if (documents.isEmpty()) {
      return Conformance.Claims.UA_AND_A;
    }
    // We check only that each report claims PDF/UA, and do not check PDF/A at all: the pack
    // must not claim more than its reports do.
    boolean allUa = documents.stream().allMatch(CheckedDocument::claimsPdfUa);
    return allUa ? Conformance.Claims.UA : Conformance.Claims.NONE;
  }

  /**
   * Opens every document of every item, exempt ones too, as a pack would; returns the warnings
   * and throws {@link PackInputException} for the problems.
   */
  public static List<PackProblem> checkDocuments(Meeting meeting, Path folder) throws IOException {
    return warnings(new DocumentCheck(folder).check(meeting, true));
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
