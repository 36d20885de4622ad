package org.decisionnotices.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.internal.PackAssembler;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.pdf.PdfPages;

/**
 * Builds a meeting's agenda pack: one PDF with a front sheet, the agenda, and every item's report
 * PDFs merged in order, with bookmarks (one per item, its documents beneath), page labels and "Page
 * N of M" on every page.
 *
 * <p>The public pack (the default) withholds exempt items: the agenda shows only their number,
 * title and the Schedule 12A paragraphs they are exempt under, and none of their documents' pages.
 * A {@linkplain Builder#full(boolean) full} pack includes them and marks each such page "Not for
 * publication".
 *
 * <p>Pages the pack generates are tagged (PDF/UA-1) and drawn like notices. The same meeting,
 * reports and options always give the same bytes. Tagged report PDFs keep their structure, so a
 * pack of tagged reports is itself accessible; untagged reports are merged and reported in {@link
 * PackResult#warnings()}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. Memory stays bounded for large
 * packs: report PDFs are opened one at a time, and each is written to the output before the next is
 * opened. A report's named destinations (in its links and bookmarks) become the pages they name;
 * its structure IDs and class names (which its table cells' /Headers and its elements' /C use) are
 * kept, prefixed per report so that reports cannot clash; its forms, optional content settings and
 * attachments are not carried into the pack.
 *
 * <p>The agenda draws each item's purpose as a notice draws prose (emphasis, strong text, links),
 * and, when the options' {@link org.decisionnotices.render.Branding branding} has a council name or
 * logo, the pack's own pages carry it as a notice's pages do.
 *
 * @since 0.1.0
 */
public final class AgendaPack {
  private final boolean full;
  private final boolean englishFirst;
  private final RenderOptions options;
  // The font files are read once for all of this instance's packs, and parsed once per thread.
  private final PdfPages pages = PdfPages.create();

  private AgendaPack(Builder builder) {
    this.full = builder.full;
    this.englishFirst = builder.englishFirst;
    this.options = builder.options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code true} if exempt items are included. */
  public boolean isFull() {
    return full;
  }

  /**
   * {@code true} if a bilingual pack puts the part that is not Welsh first.
   *
   * @since 0.1.0
   */
  public boolean isEnglishFirst() {
    return englishFirst;
  }

  public RenderOptions options() {
    return options;
  }

  /**
   * Writes the pack for {@code meeting} to {@code out}, which is not closed.
   *
   * @param meetingFolder the folder of the meeting's JSON file; document {@code file}s are resolved
   *     against it and must lie inside it
   * @throws PackInputException if any document that the pack needs cannot be used; every problem is
   *     reported and nothing is written to {@code out}
   * @throws IOException if the pack cannot be built or written
   */
  public PackResult write(Meeting meeting, Path meetingFolder, OutputStream out)
      throws IOException {
    Objects.requireNonNull(meeting, "meeting must not be null");
    Objects.requireNonNull(meetingFolder, "meetingFolder must not be null");
    Objects.requireNonNull(out, "out must not be null");
    return new PackAssembler(meeting, null, false, meetingFolder, full, options, pages).write(out);
  }

  /**
   * Writes a bilingual pack for Welsh councils: the front sheet and agenda of {@code meeting} and
   * of {@code translation}, the same meeting in another language, Welsh first (the other language
   * first if the pack was built {@linkplain Builder#englishFirst(boolean) English first}; when
   * neither is Welsh, {@code meeting} first), each worded and marked (PDF /Lang) in its own
   * language; then {@code meeting}'s documents, as {@link #write(Meeting, Path, OutputStream)}
   * does. Every page's stamp is in both languages, in the same order ("Tudalen 3 o 12 · Page 3 of
   * 12", and "Not for publication" likewise), and so are the bookmarks: each language's front sheet
   * and agenda have their own, and each item one with both its titles ("4. Adroddiad … / Report
   * …"). {@code translation}'s documents are not merged; their titles join {@code meeting}'s in the
   * bookmarks when an item lists as many in both.
   *
   * @throws IllegalArgumentException if {@code translation} is not the same meeting in another
   *     language: its language, date, time, or its items' number, order and exemption paragraphs
   *     differ; the message names the field
   * @throws PackInputException as for {@link #write(Meeting, Path, OutputStream)}
   * @throws IOException if the pack cannot be built or written
   * @since 0.1.0
   */
  public PackResult write(
      Meeting meeting, Meeting translation, Path meetingFolder, OutputStream out)
      throws IOException {
    Objects.requireNonNull(meeting, "meeting must not be null");
    Objects.requireNonNull(translation, "translation must not be null");
    Objects.requireNonNull(meetingFolder, "meetingFolder must not be null");
    Objects.requireNonNull(out, "out must not be null");
    List<String> mismatches = mismatches(meeting, translation);
    if (!mismatches.isEmpty()) {
      throw new IllegalArgumentException(
          "the translation is not the same meeting: " + String.join("; ", mismatches));
    }
    return new PackAssembler(
            meeting, translation, englishFirst, meetingFolder, full, options, pages)
        .write(out);
  }

  /** How {@code b} differs from {@code a} where a translation must not, by JSON path. */
  private static List<String> mismatches(Meeting a, Meeting b) {
    List<String> problems = new ArrayList<>();
    if (a.language().getLanguage().equals(b.language().getLanguage())) {
      problems.add(
          "$.language: must differ from the meeting's, but both are "
              + a.language().toLanguageTag());
    }
    same("$.date", a.date(), b.date(), problems);
    same("$.time", a.time(), b.time(), problems);
    if (a.items().size() != b.items().size()) {
      problems.add(
          "$.items: must have as many items as the meeting's ("
              + a.items().size()
              + "), but has "
              + b.items().size());
      return problems;
    }
    for (int i = 0; i < a.items().size(); i++) {
      AgendaItem x = a.items().get(i);
      AgendaItem y = b.items().get(i);
      same("$.items[" + i + "].number", x.number(), y.number(), problems);
      same(
          "$.items[" + i + "].exempt.paragraphs",
          x.isExempt() ? x.exempt().paragraphs() : null,
          y.isExempt() ? y.exempt().paragraphs() : null,
          problems);
    }
    return problems;
  }

  private static void same(String path, Object a, Object b, List<String> problems) {
    if (!Objects.equals(a, b)) {
      problems.add(path + ": must be the same as the meeting's (" + a + "), but was " + b);
    }
  }

  /**
   * Checks every document of {@code meeting}, exempt items' too, as {@link #write} would, without
   * building a pack: for validating a meeting before its pack is due.
   *
   * @return warnings, such as untagged (inaccessible) reports; empty when there are none
   * @throws PackInputException listing every document that cannot be used
   */
  public static List<PackProblem> checkDocuments(Meeting meeting, Path meetingFolder)
      throws IOException {
    Objects.requireNonNull(meeting, "meeting must not be null");
    Objects.requireNonNull(meetingFolder, "meetingFolder must not be null");
    return PackAssembler.checkDocuments(meeting, meetingFolder);
  }

  public static final class Builder {
    private boolean full;
    private boolean englishFirst;
    private RenderOptions options = RenderOptions.defaults();

    private Builder() {}

    /** Include exempt items, for members and officers; default {@code false} (the public pack). */
    public Builder full(boolean full) {
      this.full = full;
      return this;
    }

    /**
     * In a bilingual pack, put the part that is not Welsh (usually English) first, as {@code render
     * --english-first} does for a notice; default {@code false}: Welsh first, which the Welsh
     * Language Standards' "not less favourably" is usually read to ask. No effect on a pack in one
     * language.
     *
     * @since 0.1.0
     */
    public Builder englishFirst(boolean englishFirst) {
      this.englishFirst = englishFirst;
      return this;
    }

    /**
     * Paper size and label language of the pages the pack generates; default {@link
     * RenderOptions#defaults()} (A4, labels in the meeting's language). Merged reports keep their
     * own page size.
     */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options must not be null");
      return this;
    }

    public AgendaPack build() {
      return new AgendaPack(this);
    }
  }
}
