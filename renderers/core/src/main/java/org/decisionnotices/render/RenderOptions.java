package org.decisionnotices.render;

import java.util.Locale;
import java.util.Objects;

/**
 * Options every renderer honours. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: labels in the record's own language, A4 paper, {@link Branding#NONE}.
 *
 * @since 0.1.0
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = builder().build();

  private final Locale labelLanguage;
  private final PageSize pageSize;
  private final Branding branding;

  private RenderOptions(Builder b) {
    this.labelLanguage = b.labelLanguage;
    this.pageSize = b.pageSize;
    this.branding = b.branding;
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

  public Builder toBuilder() {
    return new Builder().labelLanguage(labelLanguage).pageSize(pageSize).branding(branding);
  }

  public static final class Builder {
    private Locale labelLanguage;
    private PageSize pageSize = PageSize.A4;
    private Branding branding = Branding.NONE;

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

    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
