package org.decisionnotices.render;

import java.util.Locale;
import java.util.Objects;
import org.decisionnotices.render.i18n.Labels;
import org.decisionnotices.render.layout.Notice;

/**
 * Options every renderer honours. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: labels in the record's own language, A4 paper, {@link Branding#NONE}, final (not a
 * draft).
 *
 * @since 0.1.0
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = builder().build();

  private final Locale labelLanguage;
  private final PageSize pageSize;
  private final Branding branding;
  private final boolean draft;

  private RenderOptions(Builder b) {
    this.labelLanguage = b.labelLanguage;
    this.pageSize = b.pageSize;
    this.branding = b.branding;
    this.draft = b.draft;
  }

  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The language of the labels, or {@code null} to follow each record's language. */
  public Locale labelLanguage() {
    return labelLanguage;
  }

  public PageSize pageSize() {
    return pageSize;
  }

  public Branding branding() {
    return branding;
  }

  /**
   * Whether documents are drafts: every PDF page, the DOCX header and the HTML page carry a visible
   * "DRAFT" ("DRAFFT" in Welsh, the document's language), and the title in the metadata says so.
   */
  public boolean draft() {
    return draft;
  }

  /**
   * The title a document's metadata carries ({@code <title>}, {@code dc:title}): the notice's own,
   * or "Draft: …" in the notice's language for a {@link #draft()}. The visible heading is
   * unchanged.
   */
  public String documentTitle(Notice notice) {
    return draft
        ? Labels.forLanguage(notice.language()).format("draftTitle", notice.title())
        : notice.title();
  }

  /** The draft mark in the notice's language ("DRAFT", "DRAFFT"), or {@code null} if final. */
  public String draftMark(Notice notice) {
    return draft ? Labels.forLanguage(notice.language()).get("draft") : null;
  }

  public Builder toBuilder() {
    return new Builder()
        .labelLanguage(labelLanguage)
        .pageSize(pageSize)
        .branding(branding)
        .draft(draft);
  }

  public static final class Builder {
    private Locale labelLanguage;
    private PageSize pageSize = PageSize.A4;
    private Branding branding = Branding.NONE;
    private boolean draft;

    private Builder() {}

    /** Labels in this language instead of the record's; default {@code null} (the record's). */
    public Builder labelLanguage(Locale labelLanguage) {
      this.labelLanguage = labelLanguage;
      return this;
    }

    /** Default {@link PageSize#A4}. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize must not be null");
      return this;
    }

    /** Default {@link Branding#NONE}. */
    public Builder branding(Branding branding) {
      this.branding = Objects.requireNonNull(branding, "branding must not be null");
      return this;
    }

    /** Marks documents as drafts (see {@link RenderOptions#draft()}); default {@code false}. */
    public Builder draft(boolean draft) {
      this.draft = draft;
      return this;
    }

    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
