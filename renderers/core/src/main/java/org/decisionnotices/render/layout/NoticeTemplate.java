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
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.render.i18n.Labels;
import org.decisionnotices.render.internal.MarkupReader;
import org.decisionnotices.render.internal.NoticeView;

/**
 * Lays a decision record out as a {@link Notice}: the one place that decides which sections a
 * notice has, in which order, with which labels. It is a Mustache template producing a small markup
 * (see the built-in {@code notice.mustache} for the elements and the values it may use), so a
 * council can change wording and order without code. Compiled once; thread-safe.
 */
public final class NoticeTemplate {
  private static final String BUILT_IN = "org/decisionnotices/render/layout/notice.mustache";
  private static final String DECISIONS = "org/decisionnotices/render/layout/decisions.mustache";

  private final Mustache mustache;

  private NoticeTemplate(Mustache mustache) {
    this.mustache = mustache;
  }

  /** The built-in layout: the seed's "Decision details" page, section by section. */
  public static NoticeTemplate builtIn() {
    return resource(BUILT_IN);
  }

  /**
   * The built-in layout of a meeting's decisions list: a section per agenda item with a decision.
   * Use it with {@link #layout(Meeting, Locale)}.
   */
  public static NoticeTemplate builtInDecisionsList() {
    return resource(DECISIONS);
  }

  private static NoticeTemplate resource(String name) {
    InputStream in = NoticeTemplate.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return compile(reader, name.substring(name.lastIndexOf('/') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A template of the council's own, in the same markup as the built-in one. */
  public static NoticeTemplate of(String template) {
    return compile(
        new StringReader(Objects.requireNonNull(template, "template must not be null")),
        "custom notice template");
  }

  private static NoticeTemplate compile(Reader reader, String name) {
    // A factory per template: partials are not supported, so nothing is shared or cached.
    try {
      return new NoticeTemplate(new DefaultMustacheFactory().compile(reader, name));
    } catch (MustacheException e) {
      throw new IllegalArgumentException(
          name + " is not a valid Mustache template: " + e.getMessage(), e);
    }
  }

  /**
   * The notice for {@code record}, labelled in {@code labelLanguage}, or in the record's own
   * language when that is {@code null}.
   */
  public Notice layout(DecisionRecord record, Locale labelLanguage) {
    Objects.requireNonNull(record, "record must not be null");
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
   */
  public Notice layout(Meeting meeting, Locale labelLanguage) {
    Objects.requireNonNull(meeting, "meeting must not be null");
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

  private static void put(Map<String, List<Block>> prose, String name, Prose value) {
    if (value != null) {
      prose.put(name, value.blocks());
    }
  }
}
