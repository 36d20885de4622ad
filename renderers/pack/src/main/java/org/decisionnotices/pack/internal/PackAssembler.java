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
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.PackInputException;
import org.decisionnotices.pack.PackProblem;
import org.decisionnotices.pack.PackResult;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.PdfPages;

/**
 * Builds one agenda pack. Order of work: open and check every report (nothing is written if one
 * fails); lay out the front sheet and agenda to learn how many pages they take, and so where each
 * item starts, and so every page's number and every link's and bookmark's target; draw them and
 * stamp them; then write them out, and each report after them, opened, stamped and written one at a
 * time ({@link PackBody}); last the bookmarks, page labels, page tree and structure tree that tie
 * the pack together.
 *
 * <p>The pack is not saved by PDFBox: its writer, and its incremental save, hold every object of
 * the document until the end, so memory grew with the pack's pages (issue 6). {@link ObjectWriter}
 * writes each object as soon as it is complete, and keeps only numbers.
 *
 * <p>The front sheet and the agenda are notices ({@link FrontSheet}) drawn by the PDF renderer
 * through {@link PdfPages}, into a document that becomes the pack: its catalog, metadata, fonts and
 * structure tree are the pack's. Drawing into the pack, rather than merging a finished PDF like a
 * report, lets the page stamps share the pages' fonts and lets the agenda's links name pages that
 * come later. Document dates come from the meeting's date and the trailer ID from a digest of every
 * input, so the same inputs give the same bytes.
 *
 * <p>Public so that {@link org.decisionnotices.pack.AgendaPack} can call it; not API.
 */
public final class PackAssembler {
  private final Meeting meeting;
  private final Path folder;
  private final boolean full;
  private final RenderOptions options;
  private final PdfPages pages;
  private final Meeting translation;

  /**
   * The languages of the front sheet and agenda, in order; the stamps and bookmarks carry each of
   * them in the same order.
   */
  private final List<Language> languages = new ArrayList<>();

  private final PackLabels labels;

  /** One language's front sheet and agenda; its agenda's section keys start with {@code prefix}. */
  private record Language(Meeting meeting, PackLabels labels, String prefix) {}

  /**
   * {@code pages} may be shared by packs on many threads; {@code translation}, the same meeting in
   * another language for a bilingual pack, or {@code null}, has been checked to match {@code
   * meeting}, whose documents the pack merges. A bilingual pack puts Welsh first, or, with {@code
   * englishFirst}, the part that is not Welsh; when neither is Welsh, {@code meeting} comes first.
   */
  public PackAssembler(
      Meeting meeting,
      Meeting translation,
      boolean englishFirst,
      Path folder,
      boolean full,
      RenderOptions options,
      PdfPages pages) {
    this.meeting = meeting;
    this.translation = translation;
    this.folder = folder;
    this.full = full;
    this.options = options;
    this.pages = pages;
    if (translation == null) {
      Locale labelLanguage =
          options.labelLanguage() != null ? options.labelLanguage() : meeting.language();
      languages.add(new Language(meeting, new PackLabels(labelLanguage), ""));
    } else {
      // Welsh first: the Welsh Language Standards ask that Welsh is not treated less favourably,
      // which councils read as Welsh first; English first only when asked.
      boolean meetingWelsh = meeting.language().getLanguage().equals("cy");
      boolean translationWelsh = translation.language().getLanguage().equals("cy");
      boolean translationFirst =
          englishFirst ? meetingWelsh && !translationWelsh : translationWelsh && !meetingWelsh;
      Meeting first = translationFirst ? translation : meeting;
      Meeting second = translationFirst ? meeting : translation;
      // Each part is worded in its own language.
      languages.add(new Language(first, new PackLabels(first.language()), ""));
      languages.add(
          new Language(
              second, new PackLabels(second.language()), second.language().getLanguage() + "-"));
    }
    this.labels = languages.get(0).labels();
  }

  /**
   * The front sheets, then the agendas, one of each per language: the first language's agenda is
   * notice number {@code languages.size()}.
   */
  private List<Notice> notices() {
    List<Notice> notices = new ArrayList<>();
    for (Language language : languages) {
      notices.add(FrontSheet.notice(language.meeting(), language.labels()));
    }
    for (Language language : languages) {
      notices.add(
          FrontSheet.agenda(language.meeting(), language.labels(), full, language.prefix()));
    }
    return notices;
  }

  public PackResult write(OutputStream out) throws IOException {
    List<CheckedDocument> documents = new DocumentCheck(folder).check(meeting, full);
    List<Notice> notices = notices();
    Meeting named = languages.get(0).meeting();
    String title = labels.format("title", named.body(), labels.date(named.date()));
    byte[] digest = digest(documents);
    // The front matter's length decides where each item starts, which its agenda entry names:
    // laid out once with stand-in page numbers, then drawn; again if the numbers changed it.
    int frontPages = pages.pageCount(notices, pageLinks(standIns(documents)), options);
    PdfPages.Drawing front = null;
    List<ItemPages> items;
    try {
      for (int round = 0; ; round++) {
        items = itemPages(documents, frontPages);
        front = pages.draw(notices, pageLinks(items), options, title, digest, claims(documents));
        if (front.pageCount() == frontPages) {
          break;
        }
        if (round == 3) {
          throw new IllegalStateException("the agenda's length does not settle");
        }
        frontPages = front.pageCount();
        front.close();
        front = null;
      }
      return write(out, documents, items, frontPages, front);
    } finally {
      if (front != null) {
        front.close();
      }
    }
  }

  private PackResult write(
      OutputStream out,
      List<CheckedDocument> documents,
      List<ItemPages> items,
      int frontPages,
      PdfPages.Drawing front)
      throws IOException {
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
    PDDocument doc = front.document();
    try (ObjectWriter w = new ObjectWriter(out)) {
      PackBody body = new PackBody(w, total, documents.size(), anyTagged);
      pointLinks(doc, frontPages, body);
      for (ItemPages item : items) {
        int page = item.firstPage();
        for (CheckedDocument document : item.documents()) {
          body.laterPage(page); // its bookmark's target
          page += document.pages();
        }
      }

      Stamper stamper = new Stamper(doc, front);
      for (int p = 0; p < frontPages; p++) {
        stamper.stamp(doc.getPage(p), pageOf(p + 1, total), null);
      }
      // The reports' pages are stamped with these fonts once they are already written, so every
      // glyph those stamps need goes into the subsets first.
      for (int p = frontPages; p < total; p++) {
        addToSubset(front.font(false), pageOf(p + 1, total));
        if (notForPublication[p]) {
          addToSubset(front.font(true), inEveryLanguage("notForPublication"));
        }
      }
      front.finishFonts();
      body.frontMatter(doc);

      for (ItemPages item : items) {
        int page = item.firstPage();
        for (CheckedDocument document : item.documents()) {
          try {
            body.report(
                document,
                page,
                p -> pageOf(p + 1, total),
                p -> notForPublication[p] ? inEveryLanguage("notForPublication") : null,
                front);
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

      int[] entryPages = new int[items.size()];
      for (int i = 0; i < items.size(); i++) {
        entryPages[i] = front.firstPageOfSection(FrontSheet.itemKey("", i));
      }
      body.finish(doc, bookmarks(items, front, entryPages));
      return new PackResult(total, warnings(documents));
    }
  }

  /**
   * A page stamp, e.g. "Page 3 of 12"; in a bilingual pack "Tudalen 3 o 12 · Page 3 of 12", in the
   * order of the parts, so that neither language is treated less favourably. A middle dot rather
   * than a slash, which would read as a fraction between numbers. Still one line: even "Tudalen 999
   * o 999 · Page 999 of 999" fits between the side margins of an A4 page (BilingualPackTest).
   */
  private String pageOf(int page, int pages) {
    return languages.stream()
        .map(language -> language.labels().pageOf(page, pages))
        .distinct()
        .collect(Collectors.joining(STAMP_SEPARATOR));
  }

  /** A stamp's words in each part's language, as {@link #pageOf} joins them. */
  private String inEveryLanguage(String key) {
    return languages.stream()
        .map(language -> language.labels().get(key))
        .distinct()
        .collect(Collectors.joining(STAMP_SEPARATOR));
  }

  private static final String STAMP_SEPARATOR = " · ";

  /** Destination names of the agenda's links: the pack's page, from 0. */
  private static final String PAGE = "page-";

  /** Each item's link to its first page, for the items that have pages, in every language. */
  private List<PdfPages.PageLink> pageLinks(List<ItemPages> items) {
    List<PdfPages.PageLink> links = new ArrayList<>();
    for (Language language : languages) {
      PackLabels words = language.labels();
      for (int i = 0; i < items.size(); i++) {
        ItemPages pages = items.get(i);
        if (pages.hasPages()) {
          int page = pages.firstPage() + 1;
          links.add(
              new PdfPages.PageLink(
                  FrontSheet.itemKey(language.prefix(), i),
                  words.page(page),
                  words.format("startsOnPage", pages.item().number(), Integer.toString(page)),
                  PAGE + pages.firstPage()));
        }
      }
    }
    return links;
  }

  /** Items as {@link #itemPages} gives them, each with pages starting at a stand-in page. */
  private List<ItemPages> standIns(List<CheckedDocument> documents) {
    List<ItemPages> items = new ArrayList<>();
    for (ItemPages item : itemPages(documents, 0)) {
      items.add(new ItemPages(item.item(), item.documents(), 9_999));
    }
    return items;
  }

  /** Points the agenda's links, which name pages of the pack, at those pages. */
  private static void pointLinks(PDDocument doc, int frontPages, PackBody body) throws IOException {
    for (PDPage page : doc.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionGoTo goTo
            && goTo.getDestination() instanceof PDNamedDestination named
            && named.getNamedDestination().startsWith(PAGE)) {
          int target = Integer.parseInt(named.getNamedDestination().substring(PAGE.length()));
          PDPageFitDestination destination = new PDPageFitDestination();
          destination.setPage(
              target < frontPages ? doc.getPage(target) : new PDPage(body.laterPage(target)));
          goTo.setDestination(destination);
        }
      }
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
   * The pack's bookmarks: the front sheet, the agenda, then one per item (at its first page, or its
   * agenda entry if it has none) with one per document beneath, each of which takes the report's
   * own bookmarks beneath it, closed.
   *
   * <p>In a bilingual pack each language has its own front sheet and agenda pages, so each gets its
   * own bookmark in its own words, named with its language ("Agenda (Cymraeg)", "Agenda (English)":
   * "Agenda" is the same word in both), so the outline goes to either language's pages directly. An
   * item's pages are one set, the same for both languages, so it keeps one bookmark whose title
   * gives both, "4. Adroddiad … / Report …": two bookmarks to the same pages would double the
   * outline, and put the two titles of an item far apart; the number is given once, and the first
   * language comes first, so it is what a narrow outline pane still shows. A document's title is
   * paired the same way with its translation's, when the translated item lists as many documents.
   */
  private List<PackBody.Mark> bookmarks(
      List<ItemPages> items, PdfPages.Drawing front, int[] entryPages) {
    List<PackBody.Mark> marks = new ArrayList<>();
    int count = languages.size();
    for (int n = 0; n < 2 * count; n++) {
      Language language = languages.get(n % count);
      String words = language.labels().get(n < count ? "frontSheet" : "agenda");
      if (count > 1) {
        Locale locale = language.meeting().language();
        words += " (" + locale.getDisplayLanguage(locale) + ")";
      }
      marks.add(new PackBody.Mark(words, front.firstPageOfNotice(n), List.of(), -1));
    }
    int report = 0;
    for (int i = 0; i < items.size(); i++) {
      ItemPages item = items.get(i);
      List<String> titles = new ArrayList<>();
      for (Language language : languages) {
        String title = language.meeting().items().get(i).title();
        if (item.item().isExempt() && full) {
          title += " (" + language.labels().get("notForPublication") + ")";
        }
        titles.add(title);
      }
      String title = item.item().number() + ". " + bothLanguages(titles);
      List<PackBody.Mark> documentMarks = new ArrayList<>();
      int page = item.firstPage();
      for (CheckedDocument document : item.documents()) {
        documentMarks.add(
            new PackBody.Mark(documentTitle(i, document.ref()), page, List.of(), report++));
        page += document.pages();
      }
      marks.add(
          new PackBody.Mark(
              title, item.hasPages() ? item.firstPage() : entryPages[i], documentMarks, -1));
    }
    return marks;
  }

  /**
   * The title of {@code document} of item {@code i}, with its translation's when the translated
   * item lists as many documents (they are taken to be the same documents, in the same order).
   */
  private String documentTitle(int i, DocumentRef document) {
    int d = meeting.items().get(i).documents().indexOf(document);
    if (d < 0) {
      return document.title();
    }
    List<String> titles = new ArrayList<>();
    for (Language language : languages) {
      List<DocumentRef> documents = language.meeting().items().get(i).documents();
      if (documents.size() == meeting.items().get(i).documents().size()) {
        titles.add(documents.get(d).title());
      }
    }
    return bothLanguages(titles);
  }

  /** Titles in each part's language, in order, once each: "Adroddiad / Report". */
  private static String bothLanguages(List<String> titles) {
    return titles.stream().distinct().collect(Collectors.joining(" / "));
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
    sha.update((meeting + "|" + translation + "|full=" + full).getBytes(StandardCharsets.UTF_8));
    for (CheckedDocument document : documents) {
      try (InputStream in = new DigestInputStream(Files.newInputStream(document.file()), sha)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
    return sha.digest(); // the pages add the options
  }

  private static PdfPages.Claims claims(List<CheckedDocument> documents) {
    if (documents.isEmpty()) {
      return PdfPages.Claims.PDF_UA_AND_PDF_A;
    }
    // We check only that each report claims PDF/UA, and do not check PDF/A at all: the pack
    // must not claim more than its reports do.
    boolean allUa = documents.stream().allMatch(CheckedDocument::claimsPdfUa);
    return allUa ? PdfPages.Claims.PDF_UA : PdfPages.Claims.NONE;
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
