package org.decisionnotices.render.layout;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.i18n.Labels;
import org.decisionnotices.render.internal.MarkupReader;
import org.decisionnotices.render.internal.NoticeView;
import org.decisionnotices.render.internal.TemplateCheck;

/**
 * Lays a decision record out as a {@link Notice}: the one place that decides which sections a
 * notice has, in which order, with which labels. It is a Mustache template producing a small markup
 * (see the built-in {@code notice.mustache} for the elements and the values it may use), so a
 * council can change wording and order without code. Compiled and checked once, when made: a
 * template that asks for a name the record's view cannot give, or that fails on a sample record, is
 * refused then rather than on the first record. Thread-safe.
 *
 * @since 0.1.0
 */
public final class NoticeTemplate {
  private static final String BUILT_IN = "org/decisionnotices/render/layout/notice.mustache";
  private static final String DECISIONS = "org/decisionnotices/render/layout/decisions.mustache";
  private static final String MINUTES = "org/decisionnotices/render/layout/minutes.mustache";

  /** What a template lays out, and so which names it may use. */
  private enum Kind {
    RECORD,
    DECISIONS_LIST,
    MINUTES
  }

  private final Mustache mustache;

  private NoticeTemplate(Mustache mustache) {
    this.mustache = mustache;
  }

  /** Checked once per class loader: the built-in templates never change. */
  private static final class BuiltIns {
    static final NoticeTemplate NOTICE = resource(BUILT_IN, Kind.RECORD);
    static final NoticeTemplate DECISIONS_LIST = resource(DECISIONS, Kind.DECISIONS_LIST);
    static final NoticeTemplate MINUTES_LAYOUT = resource(MINUTES, Kind.MINUTES);
  }

  /** The built-in layout: the seed's "Decision details" page, section by section. */
  public static NoticeTemplate builtIn() {
    return BuiltIns.NOTICE;
  }

  /**
   * The built-in layout of a meeting's decisions list: a section per agenda item with a decision.
   * Use it with {@link #layout(Meeting, Locale)}.
   */
  public static NoticeTemplate builtInDecisionsList() {
    return BuiltIns.DECISIONS_LIST;
  }

  /**
   * The built-in layout of a meeting's minutes: attendance, every agenda item, signature lines. Use
   * it with {@link #layoutMinutes(Meeting, Locale, boolean)}.
   */
  public static NoticeTemplate builtInMinutes() {
    return BuiltIns.MINUTES_LAYOUT;
  }

  private static NoticeTemplate resource(String name, Kind kind) {
    InputStream in = NoticeTemplate.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return compile(reader, name.substring(name.lastIndexOf('/') + 1), kind);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A council's own template of a decision notice, in the same markup as the built-in one.
   *
   * @throws IllegalArgumentException if it is not valid Mustache, uses a name a record's view does
   *     not have (naming it, e.g. {@code {{labels.statsu}}}), or does not lay out a sample record
   */
  public static NoticeTemplate of(String template) {
    return compile(
        new StringReader(Objects.requireNonNull(template, "template must not be null")),
        "custom notice template",
        Kind.RECORD);
  }

  /**
   * A council's own template of a meeting's decisions list, in the markup of the built-in one
   * ({@code decisions.mustache}). Use it with {@link #layout(Meeting, Locale)}.
   *
   * @throws IllegalArgumentException as {@link #of(String)} does, checked against a sample meeting
   */
  public static NoticeTemplate ofDecisionsList(String template) {
    return compile(
        new StringReader(Objects.requireNonNull(template, "template must not be null")),
        "custom decisions list template",
        Kind.DECISIONS_LIST);
  }

  private static NoticeTemplate compile(Reader reader, String name, Kind kind) {
    // A factory per template: partials are not supported, so nothing is shared or cached.
    NoticeTemplate template;
    try {
      template = new NoticeTemplate(new DefaultMustacheFactory().compile(reader, name));
    } catch (MustacheException e) {
      throw new IllegalArgumentException(
          name + " is not a valid Mustache template: " + e.getMessage(), e);
    }
    // Minutes name values that only some meetings have (an exempt item, a closing time), so only
    // laying out a sample checks them.
    Set<String> unknown =
        kind == Kind.MINUTES
            ? Set.of()
            : TemplateCheck.unknownNames(
                template.mustache,
                kind == Kind.RECORD ? TemplateCheck.recordView() : TemplateCheck.decisionsView());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          name
              + " uses "
              + (unknown.size() == 1 ? "a name" : "names")
              + " that "
              + (kind == Kind.RECORD ? "a record" : "a meeting's decisions list")
              + " does not have: "
              + unknown.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(", ")));
    }
    try {
      if (kind == Kind.RECORD) {
        template.layout(TemplateCheck.fullRecord(), null);
        template.layout(TemplateCheck.sparseRecord(), null);
      } else if (kind == Kind.DECISIONS_LIST) {
        template.layout(TemplateCheck.fullMeeting(), null);
      } else {
        template.layoutMinutes(TemplateCheck.fullMeeting(), null, true);
      }
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          name + " fails on a sample record: " + e.getCause().getMessage(), e.getCause());
    }
    return template;
  }

  /**
   * The notice for {@code record}, labelled in {@code labelLanguage}, or in the record's own
   * language when that is {@code null}.
   *
   * @throws UncheckedIOException whose cause is a {@link RenderException} naming the record and
   *     section, if the template cannot lay this record out (a record built in code holding a
   *     character no format can hold, for one)
   */
  public Notice layout(DecisionRecord record, Locale labelLanguage) {
    Objects.requireNonNull(record, "record must not be null");
    return guarded(record.id(), () -> layOut(record, labelLanguage));
  }

  private Notice layOut(DecisionRecord record, Locale labelLanguage) {
    Labels labels = Labels.forLanguage(labelLanguage == null ? record.language() : labelLanguage);
    StringWriter markup = new StringWriter();
    mustache.execute(markup, NoticeView.of(record, labels));
    Map<String, List<Block>> prose = new HashMap<>();
    put(prose, "purpose", record.purpose());
    put(prose, "discussion", record.discussion());
    put(prose, "decision", record.decision());
    put(prose, "reasons", record.reasons());
    put(prose, "alternativesConsidered", record.alternativesConsidered());
    return MarkupReader.read(
        markup.toString(), record.id(), record.language(), record.dateOfDecision(), prose);
  }

  /**
   * The decisions list of {@code meeting}, labelled in {@code labelLanguage}, or in the meeting's
   * own language when that is {@code null}. Its id is the meeting's id followed by {@code
   * -decisions}.
   *
   * @throws UncheckedIOException whose cause is a {@link RenderException}, as for records
   */
  public Notice layout(Meeting meeting, Locale labelLanguage) {
    Objects.requireNonNull(meeting, "meeting must not be null");
    return guarded(meeting.id() + "-decisions", () -> layOut(meeting, labelLanguage));
  }

  private Notice layOut(Meeting meeting, Locale labelLanguage) {
    Labels labels = Labels.forLanguage(labelLanguage == null ? meeting.language() : labelLanguage);
    StringWriter markup = new StringWriter();
    mustache.execute(markup, NoticeView.ofDecisions(meeting, labels));
    Map<String, List<Block>> prose = new HashMap<>();
    for (int i = 0; i < meeting.items().size(); i++) {
      DecisionRecord decision = meeting.items().get(i).decision();
      if (decision != null) {
        put(prose, "item" + i + ".decision", decision.decision());
        put(prose, "item" + i + ".reasons", decision.reasons());
        put(prose, "item" + i + ".alternativesConsidered", decision.alternativesConsidered());
      }
    }
    return MarkupReader.read(
        markup.toString(), meeting.id() + "-decisions", meeting.language(), meeting.date(), prose);
  }

  /**
   * The minutes of {@code meeting}, labelled in {@code labelLanguage}, or in the meeting's own
   * language when that is {@code null}. Exempt items show only their number, title and exemption
   * unless {@code full}. Its id is the meeting's id followed by {@code -minutes}, or {@code
   * -minutes-full} for the full version.
   *
   * @throws UncheckedIOException whose cause is a {@link RenderException}, as for records
   */
  public Notice layoutMinutes(Meeting meeting, Locale labelLanguage, boolean full) {
    Objects.requireNonNull(meeting, "meeting must not be null");
    String id = meeting.id() + (full ? "-minutes-full" : "-minutes");
    return guarded(id, () -> layOutMinutes(meeting, labelLanguage, full, id));
  }

  private Notice layOutMinutes(Meeting meeting, Locale labelLanguage, boolean full, String id) {
    Labels labels = Labels.forLanguage(labelLanguage == null ? meeting.language() : labelLanguage);
    StringWriter markup = new StringWriter();
    mustache.execute(markup, NoticeView.ofMinutes(meeting, labels, full));
    Map<String, List<Block>> prose = new HashMap<>();
    for (int i = 0; i < meeting.items().size(); i++) {
      AgendaItem item = meeting.items().get(i);
      if (item.isExempt() && !full) {
        continue;
      }
      put(prose, "item" + i + ".minute", item.minute());
      if (item.decision() != null) {
        put(prose, "item" + i + ".discussion", item.decision().discussion());
        put(prose, "item" + i + ".decision", item.decision().decision());
      }
    }
    return MarkupReader.read(markup.toString(), id, meeting.language(), meeting.date(), prose);
  }

  /**
   * Any failure of the template on a record becomes a {@link RenderException} naming the record
   * and, where the markup says, the section; unchecked here, as laying out does no I/O.
   */
  private static Notice guarded(String id, Supplier<Notice> layout) {
    try {
      return layout.get();
    } catch (MarkupReader.MarkupException e) {
      throw new UncheckedIOException(
          new RenderException(id, e.section(), "the layout failed: " + e.getMessage(), e));
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new RenderException(id, null, "the layout failed: " + e, e));
    }
  }

  private static void put(Map<String, List<Block>> prose, String name, Prose value) {
    if (value != null) {
      prose.put(name, value.blocks());
    }
  }
}
