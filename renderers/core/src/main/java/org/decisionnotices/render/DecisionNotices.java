package org.decisionnotices.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.NoticeTemplate;
import org.decisionnotices.render.layout.Section;

/**
 * Renders decision records in every available format. Configure once, then render many records from
 * many threads: an instance is immutable and holds no per-call state.
 *
 * <pre>{@code
 * DecisionNotices notices = DecisionNotices.create();
 * try (OutputStream out = Files.newOutputStream(Path.of("notice.pdf"))) {
 *   notices.render(record, Format.PDF, out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecisionNotices {
  private final Map<String, Renderer> renderers;
  private final RenderOptions options;
  private final NoticeTemplate template;
  private final NoticeTemplate decisionsTemplate;
  private final NoticeTemplate minutesTemplate;

  private DecisionNotices(Builder b) {
    Map<String, Renderer> byId = new LinkedHashMap<>();
    for (Renderer renderer : b.renderers) {
      add(byId, renderer, "registered by hand");
    }
    if (b.discover) {
      for (Renderer renderer : ServiceLoader.load(Renderer.class, b.classLoader)) {
        Renderer byHand = byId.get(renderer.format().id());
        // The same renderer registered by hand is that renderer configured: it is the one used.
        if (byHand == null || byHand.getClass() != renderer.getClass()) {
          add(byId, renderer, "found on the class path");
        }
      }
    }
    this.renderers = Collections.unmodifiableMap(byId);
    this.options = b.options;
    this.template = b.template;
    this.decisionsTemplate = b.decisionsTemplate;
    this.minutesTemplate = b.minutesTemplate;
  }

  /** Two renderers for one format are an error, naming both, as JUnit does for engine ids. */
  private static void add(Map<String, Renderer> byId, Renderer renderer, String how) {
    Renderer previous = byId.putIfAbsent(renderer.format().id(), renderer);
    if (previous != null) {
      throw new IllegalArgumentException(
          "two renderers for format '"
              + renderer.format().id()
              + "': "
              + previous.getClass().getName()
              + " and "
              + renderer.getClass().getName()
              + " ("
              + how
              + "); keep one, or turn discovery off with discoverRenderers(false)");
    }
  }

  /** Every renderer on the class path, default options, the built-in layout. */
  public static DecisionNotices create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The formats this instance can render, in registration order. */
  public Set<Format> formats() {
    Set<Format> formats = new java.util.LinkedHashSet<>();
    renderers.values().forEach(r -> formats.add(r.format()));
    return Collections.unmodifiableSet(formats);
  }

  /** The renderer for a format id such as {@code pdf}. */
  public Renderer renderer(String formatId) {
    Renderer renderer = renderers.get(formatId);
    if (renderer == null) {
      throw new IllegalArgumentException(
          "format '"
              + formatId
              + "' is not available; available: "
              + String.join(", ", renderers.keySet()));
    }
    return renderer;
  }

  /** The options this instance renders with. */
  public RenderOptions options() {
    return options;
  }

  /**
   * The record laid out as every renderer draws it.
   *
   * @throws java.io.UncheckedIOException whose cause is a {@link RenderException} naming the record
   *     and section, if the template cannot lay it out
   */
  public Notice layout(DecisionRecord record) {
    return template.layout(record, options.labelLanguage());
  }

  /**
   * One notice in two languages, one after the other: {@code first} as usual, then every section of
   * {@code second} marked with its language (so screen readers switch voice), the first of them
   * headed by {@code second}'s title. For Welsh councils publishing a decision in Welsh and
   * English; each part is labelled in its own record's language.
   *
   * @throws IllegalArgumentException if the records are in the same language
   */
  public Notice layoutBilingual(DecisionRecord first, DecisionRecord second) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    if (first.language().getLanguage().equals(second.language().getLanguage())) {
      throw new IllegalArgumentException(
          "a bilingual notice needs records in two languages, but both are "
              + first.language().toLanguageTag());
    }
    return bilingual(template.layout(first, null), template.layout(second, null));
  }

  /**
   * Two laid-out documents in two languages as one, the way {@link #layoutBilingual} joins two
   * records: {@code a} as it is, then every section of {@code b} marked with {@code b}'s language,
   * the first of them headed by {@code b}'s title. For minutes or decisions lists of a meeting held
   * in Welsh and English.
   *
   * @throws IllegalArgumentException if the two are in the same language
   */
  public static Notice bilingual(Notice a, Notice b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    if (a.language().getLanguage().equals(b.language().getLanguage())) {
      throw new IllegalArgumentException(
          "a bilingual document needs two languages, but both are " + a.language().toLanguageTag());
    }
    Locale second = b.language();
    List<Section> sections = new ArrayList<>(a.sections());
    for (int i = 0; i < b.sections().size(); i++) {
      Section section = b.sections().get(i);
      sections.add(
          new Section(
              second.getLanguage() + "-" + section.key(),
              i == 0 ? b.title() : section.heading(),
              second,
              section.parts()));
    }
    return new Notice(a.id(), a.title(), a.language(), a.date(), sections);
  }

  /**
   * A meeting's decisions list laid out as every renderer draws it.
   *
   * @throws java.io.UncheckedIOException whose cause is a {@link RenderException}, as for records
   */
  public Notice layout(Meeting meeting) {
    return decisionsTemplate.layout(meeting, options.labelLanguage());
  }

  /**
   * A meeting's minutes laid out as every renderer draws them: when and where, who attended, each
   * agenda item with its declarations, discussion and resolution, and lines for the Chair to sign.
   * Exempt items show only their number, title and exemption; see {@link #layoutMinutes(Meeting,
   * boolean)} for the full version.
   */
  public Notice layoutMinutes(Meeting meeting) {
    return layoutMinutes(meeting, false);
  }

  /** The minutes, with exempt items in full if {@code full} (for members, not the public). */
  public Notice layoutMinutes(Meeting meeting, boolean full) {
    return minutesTemplate.layoutMinutes(meeting, options.labelLanguage(), full);
  }

  /** Writes {@code record} in {@code format} to {@code out}, which is not closed. */
  public void render(DecisionRecord record, Format format, OutputStream out) throws IOException {
    Objects.requireNonNull(record, "record must not be null");
    render(unwrapped(() -> layout(record)), format, out);
  }

  /**
   * Writes the decisions list of {@code meeting} (every agenda item with a decision) in {@code
   * format} to {@code out}, which is not closed.
   */
  public void render(Meeting meeting, Format format, OutputStream out) throws IOException {
    Objects.requireNonNull(meeting, "meeting must not be null");
    render(unwrapped(() -> layout(meeting)), format, out);
  }

  /** A layout failure as the {@link RenderException} that {@link NoticeTemplate} wraps. */
  private static Notice unwrapped(Supplier<Notice> layout) throws RenderException {
    try {
      return layout.get();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof RenderException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Writes a laid-out notice, such as one built by hand, in {@code format}. */
  public void render(Notice notice, Format format, OutputStream out) throws IOException {
    Objects.requireNonNull(notice, "notice must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Renderer renderer = renderer(format.id());
    try {
      renderer.render(notice, options, out);
    } catch (RuntimeException e) {
      throw new RenderException(notice.id(), null, format.id() + " rendering failed: " + e, e);
    }
  }

  /**
   * Builds a {@link DecisionNotices}. By default renderers are discovered with {@link
   * ServiceLoader} from the thread's context class loader, beside any added by hand. Two renderers
   * for one format, however registered, are an error naming both; a renderer added by hand whose
   * class discovery also finds is used in place of the discovered one (so a configured {@code
   * PdfRenderer.builder()...build()} needs no {@code discoverRenderers(false)}).
   */
  public static final class Builder {
    private final List<Renderer> renderers = new ArrayList<>();
    private boolean discover = true;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private RenderOptions options = RenderOptions.defaults();
    private NoticeTemplate template = null;
    private NoticeTemplate decisionsTemplate = null;
    private NoticeTemplate minutesTemplate = null;

    private Builder() {}

    /** Adds a renderer; two for the same format are an error when {@link #build()} is called. */
    public Builder renderer(Renderer renderer) {
      renderers.add(Objects.requireNonNull(renderer, "renderer must not be null"));
      return this;
    }

    /**
     * Whether to find renderers with {@link ServiceLoader}; default {@code true}. Discovery loads
     * the class of every renderer it finds (not the libraries behind it): to load no class of a
     * format you do not use, turn it off and add the renderers you use by hand.
     */
    public Builder discoverRenderers(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** Where discovery looks; default the context class loader at the time of building. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader must not be null");
      return this;
    }

    /** Default {@link RenderOptions#defaults()}. */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options must not be null");
      return this;
    }

    /** The layout; default {@link NoticeTemplate#builtIn()}. */
    public Builder template(NoticeTemplate template) {
      this.template = Objects.requireNonNull(template, "template must not be null");
      return this;
    }

    /** The layout of decisions lists; default {@link NoticeTemplate#builtInDecisionsList()}. */
    public Builder decisionsTemplate(NoticeTemplate decisionsTemplate) {
      this.decisionsTemplate =
          Objects.requireNonNull(decisionsTemplate, "decisionsTemplate must not be null");
      return this;
    }

    /** The layout of minutes; default {@link NoticeTemplate#builtInMinutes()}. */
    public Builder minutesTemplate(NoticeTemplate minutesTemplate) {
      this.minutesTemplate =
          Objects.requireNonNull(minutesTemplate, "minutesTemplate must not be null");
      return this;
    }

    public DecisionNotices build() {
      if (template == null) {
        template = NoticeTemplate.builtIn();
      }
      if (decisionsTemplate == null) {
        decisionsTemplate = NoticeTemplate.builtInDecisionsList();
      }
      if (minutesTemplate == null) {
        minutesTemplate = NoticeTemplate.builtInMinutes();
      }
      return new DecisionNotices(this);
    }
  }
}
