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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.PackInputException;
import org.decisionnotices.pack.PackProblem;
import org.decisionnotices.pack.PackResult;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.pdf.internal.Conformance;
import org.decisionnotices.render.pdf.internal.DocumentFonts;
import org.decisionnotices.render.pdf.internal.FontLibrary;
import org.decisionnotices.render.pdf.internal.FontStyle;
import org.decisionnotices.render.pdf.internal.NoticeFragments;
import org.decisionnotices.render.pdf.internal.NoticePdfWriter;
import org.decisionnotices.render.pdf.internal.StructureTagger;
import org.decisionnotices.render.pdf.internal.TextWrapper;

/**
 * Builds one agenda pack. Order of work: open and check every report (nothing is written if one
 * fails); lay out the front sheet and agenda once on scratch pages to learn how many pages they
 * take, and so where each item starts, and so every page's number and every link's and bookmark's
 * target; write them for real and stamp them; then write them out, and each report after them,
 * opened, stamped and written one at a time ({@link PackBody}); last the bookmarks, page labels,
 * page tree and structure tree that tie the pack together.
 *
 * <p>The pack is not saved by PDFBox: its writer, and its incremental save, hold every object of
 * the document until the end, so memory grew with the pack's pages (issue 6). {@link ObjectWriter}
 * writes each object as soon as it is complete, and keeps only numbers.
 *
 * <p>The front sheet is a notice drawn by the PDF renderer's own layout; the agenda is written with
 * its fonts, wrapping and tagging. Document dates come from the meeting's date and the trailer ID
 * from a digest of every input, so the same inputs give the same bytes.
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
  public PackAssembler(
      Meeting meeting, Path folder, boolean full, RenderOptions options, FontLibrary fonts) {
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
    int total = frontPages + documents.stream().mapToInt(CheckedDocument::pages).sum();
    boolean[] notForPublication = new boolean[total];
    for (ItemPages item : items) {
      if (item.item().isExempt()) {
        Arrays.fill(notForPublication, item.firstPage(), item.firstPage() + item.pageCount(), true);
      }
    }
    // As PDFBox's merger does: with any tagged report, each document's own Document element
    // becomes a Part under one Document for the whole pack.
    boolean anyTagged = documents.stream().anyMatch(CheckedDocument::tagged);

    try (PDDocument front = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        ObjectWriter w = new ObjectWriter(out)) {
      front.setVersion(1.7f);
      String title = labels.format("title", meeting.body(), labels.date(meeting.date()));
      Conformance.apply(
          front, title, meeting.language(), meeting.date(), digest(documents), claims(documents));
      DocumentFonts packFonts = new DocumentFonts(front, fonts);
      StructureTagger tagger = new StructureTagger(front);
      FrontMatter frontMatter = writeFrontMatter(front, packFonts, tagger, items);
      tagger.finish();

      PackBody body = new PackBody(w, total, documents.size(), anyTagged);
      for (TaggedWriter.PendingLink link : frontMatter.links()) {
        int target = link.targetPageIndex();
        link.destination()
            .setPage(
                target < frontPages ? front.getPage(target) : new PDPage(body.laterPage(target)));
      }
      for (ItemPages item : items) {
        int page = item.firstPage();
        for (CheckedDocument document : item.documents()) {
          body.laterPage(page); // its bookmark's target
          page += document.pages();
        }
      }

      Stamper stamper = new Stamper(front, packFonts);
      for (int p = 0; p < frontPages; p++) {
        stamper.stamp(front.getPage(p), labels.pageOf(p + 1, total), null);
      }
      // The reports' pages are stamped with these fonts once they are already written, so every
      // glyph those stamps need goes into the subsets first.
      for (int p = frontPages; p < total; p++) {
        addToSubset(packFonts.font(FontStyle.REGULAR), labels.pageOf(p + 1, total));
        if (notForPublication[p]) {
          addToSubset(packFonts.font(FontStyle.BOLD), labels.get("notForPublication"));
        }
      }
      for (PDType0Font font : packFonts.loaded()) {
        font.subset(); // what PDDocument.save would do
      }
      body.frontMatter(front, tagger);

      for (ItemPages item : items) {
        int page = item.firstPage();
        for (CheckedDocument document : item.documents()) {
          try {
            body.report(
                document,
                page,
                p -> labels.pageOf(p + 1, total),
                p -> notForPublication[p] ? labels.get("notForPublication") : null,
                packFonts);
          } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The check read every object this writes, so this is rare: a file changed since,
            // or damage only writing finds. The pack is unfinished and must be discarded.
            throw new PackInputException(
                List.of(
                    new PackProblem(
                        document.item().number(),
                        document.jsonPath(),
                        document.ref().file(),
                        "could not be merged: " + DocumentCheck.describe(e))));
          }
          page += document.pages();
        }
      }

      Conformance.information(front, title, meeting.date());
      body.finish(front, bookmarks(items, frontMatter.entryPages()));
      return new PackResult(total, warnings(documents));
    }
  }

  private static void addToSubset(PDType0Font font, String text) {
    text.codePoints().forEach(font::addToSubset);
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
   * Pages the front sheet and agenda take, found by laying them out on a scratch document: the page
   * references sit in a fixed column, so their values cannot change the layout.
   */
  private int frontMatterPages() throws IOException {
    try (PDDocument scratch = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      List<ItemPages> placeholders = new ArrayList<>();
      for (AgendaItem item : meeting.items()) {
        boolean shown = !item.isExempt() || full;
        List<CheckedDocument> stand =
            shown && !item.documents().isEmpty()
                ? List.of(
                    new CheckedDocument(
                        item, item.documents().get(0), "", null, 1, true, true, List.of(), null))
                : List.of();
        placeholders.add(new ItemPages(item, stand, 99_998));
      }
      writeFrontMatter(
          scratch, new DocumentFonts(scratch, fonts), new StructureTagger(scratch), placeholders);
      return scratch.getNumberOfPages();
    }
  }

  /** Where each item's agenda entry is, and the agenda's links still to be pointed at pages. */
  private record FrontMatter(int[] entryPages, List<TaggedWriter.PendingLink> links) {}

  /**
   * Writes the front sheet (a notice, drawn by the PDF renderer) and then the agenda, all under one
   * Document element.
   */
  private FrontMatter writeFrontMatter(
      PDDocument doc, DocumentFonts docFonts, StructureTagger tagger, List<ItemPages> items)
      throws IOException {
    PDStructureElement document =
        NoticePdfWriter.drawInto(
            doc, docFonts, tagger, FrontSheet.notice(meeting, labels), options);
    // Agenda pages carry the council's header as a notice's later pages do.
    TaggedWriter w =
        new TaggedWriter(
            doc,
            docFonts,
            new TextWrapper(fonts, meeting.id()),
            tagger,
            document,
            new NoticeFragments(doc, docFonts, tagger, options, meeting.id()),
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
        w.prose(item.purpose().blocks());
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

  /**
   * The pack's bookmarks: the front sheet, the agenda, then one per item (at its first page, or its
   * agenda entry if it has none) with one per document beneath, each of which takes the report's
   * own bookmarks beneath it, closed.
   */
  private List<PackBody.Mark> bookmarks(List<ItemPages> items, int[] entryPages) {
    List<PackBody.Mark> marks = new ArrayList<>();
    marks.add(new PackBody.Mark(labels.get("frontSheet"), 0, List.of(), -1));
    marks.add(
        new PackBody.Mark(
            labels.get("agenda"), entryPages.length == 0 ? 0 : entryPages[0], List.of(), -1));
    int report = 0;
    for (int i = 0; i < items.size(); i++) {
      ItemPages item = items.get(i);
      String title = item.item().number() + ". " + item.item().title();
      if (item.item().isExempt() && full) {
        title += " (" + labels.get("notForPublication") + ")";
      }
      List<PackBody.Mark> documentMarks = new ArrayList<>();
      int page = item.firstPage();
      for (CheckedDocument document : item.documents()) {
        documentMarks.add(new PackBody.Mark(document.ref().title(), page, List.of(), report++));
        page += document.pages();
      }
      marks.add(
          new PackBody.Mark(
              title, item.hasPages() ? item.firstPage() : entryPages[i], documentMarks, -1));
    }
    return marks;
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
   * Opens every document of every item, exempt ones too, as a pack would; returns the warnings and
   * throws {@link PackInputException} for the problems.
   */
  public static List<PackProblem> checkDocuments(Meeting meeting, Path folder) throws IOException {
    return warnings(new DocumentCheck(folder).check(meeting, true));
  }

  private static List<PackProblem> warnings(List<CheckedDocument> documents) {
    List<PackProblem> warnings = new ArrayList<>();
    for (CheckedDocument document : documents) {
      if (document.restrictions() != null) {
        warnings.add(
            new PackProblem(
                document.item().number(),
                document.jsonPath(),
                document.ref().file(),
                document.restrictions().isEmpty()
                    ? "is encrypted, but opens without a password and has no restrictions, so it"
                        + " was merged as every reader shows it"
                    : "is encrypted, but opens without a password, so it was merged as every"
                        + " reader shows it; its restrictions ("
                        + document.restrictions()
                        + ") do not carry into the pack: check that the council may republish"
                        + " it"));
      }
      if (!document.lostFields().isEmpty()) {
        warnings.add(
            new PackProblem(
                document.item().number(),
                document.jsonPath(),
                document.ref().file(),
                "has filled-in form fields that could not be drawn into its pages ("
                    + fieldNames(document.lostFields())
                    + "): their values are missing from the pack; ask its author for a flattened"
                    + " (printed) copy"));
      }
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

  /** The first few field names, quoted, e.g. "'name', 'date' and 3 more". */
  static String fieldNames(List<String> names) {
    int shown = Math.min(names.size(), 5);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append(i == names.size() - 1 ? " and " : ", ");
      }
      text.append('\'').append(names.get(i)).append('\'');
    }
    if (names.size() > shown) {
      text.append(" and ").append(names.size() - shown).append(" more");
    }
    return text.toString();
  }
}
