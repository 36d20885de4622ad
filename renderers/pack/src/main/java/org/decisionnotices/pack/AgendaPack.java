package org.decisionnotices.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.internal.PackAssembler;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.pdf.internal.FontLibrary;

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
  private final RenderOptions options;
  // The font files are read once for all of this instance's packs, and parsed once per thread.
  private final FontLibrary fonts = new FontLibrary();

  private AgendaPack(Builder builder) {
    this.full = builder.full;
    this.options = builder.options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code true} if exempt items are included. */
  public boolean isFull() {
    return full;
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
    return new PackAssembler(meeting, meetingFolder, full, options, fonts).write(out);
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
    private RenderOptions options = RenderOptions.defaults();

    private Builder() {}

    /** Include exempt items, for members and officers; default {@code false} (the public pack). */
    public Builder full(boolean full) {
      this.full = full;
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
