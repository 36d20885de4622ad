package org.decisionnotices.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.layout.Notice;

/**
 * Which document {@code render} makes of an input: a record's notice, a meeting's decisions list or
 * minutes, or one of those in Welsh and English together.
 *
 * <p>Two files make one bilingual document only if they are the same decision (or meeting): one is
 * in Welsh and the other not; their ids are the same once a language ending ({@code -cy}, {@code
 * -en}, {@code -cy-GB}, also after {@code _} or {@code .}) is taken off; records have the same
 * {@code dateOfDecision} and decision maker {@code type} (the names are translated, so differ);
 * meetings the same {@code date} and {@code time}.
 */
final class Publishing {
  private final boolean minutes;
  private final boolean full;
  private final boolean englishFirst;

  /** A document and its translation, both read from files. */
  record Pair(Path file, Object document, Path otherFile, Object other) {}

  Publishing(boolean minutes, boolean full, boolean englishFirst) {
    this.minutes = minutes;
    this.full = full;
    this.englishFirst = englishFirst;
  }

  /**
   * Why the inputs cannot be rendered as asked, one line each naming the file (and JSON path), or
   * an empty list.
   */
  List<String> problems(List<Path> files, List<Object> documents) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Object document = documents.get(i);
      if (document instanceof Pair pair) {
        sameDocument(pair, problems);
        document = pair.document();
      }
      if ((minutes || full) && !(document instanceof Meeting)) {
        problems.add(
            files.get(i)
                + ": "
                + (minutes ? "--minutes" : "--full")
                + " needs a meeting, but this is a decision record");
      }
    }
    if (full && !minutes) {
      problems.add("decision-notices: --full goes with --minutes (exempt items in full)");
    }
    if (englishFirst && documents.stream().noneMatch(Pair.class::isInstance)) {
      problems.add("decision-notices: --english-first goes with --with");
    }
    return problems;
  }

  private static void sameDocument(Pair pair, List<String> problems) {
    Object a = pair.document();
    Object b = pair.other();
    String where = pair.otherFile() + ": ";
    String against = " as in " + pair.file();
    if (a.getClass() != b.getClass()) {
      problems.add(
          where
              + "must be a "
              + kind(a)
              + " like "
              + pair.file()
              + " to make one bilingual document, but is a "
              + kind(b));
      return;
    }
    Locale languageA = language(a);
    Locale languageB = language(b);
    if (isWelsh(languageA) == isWelsh(languageB)) {
      problems.add(
          where
              + "$.language: one of the two must be Welsh (cy) and the other not, but they are "
              + languageA.toLanguageTag()
              + " and "
              + languageB.toLanguageTag());
    }
    String idA = a instanceof Meeting m ? m.id() : ((DecisionRecord) a).id();
    String idB = b instanceof Meeting m ? m.id() : ((DecisionRecord) b).id();
    if (!stem(idA).equals(stem(idB))) {
      problems.add(
          where
              + "$.id: must be the same"
              + against
              + " ('"
              + idA
              + "') but for a language ending such as -cy or -en, but was '"
              + idB
              + "'");
    }
    if (a instanceof DecisionRecord ra && b instanceof DecisionRecord rb) {
      same(where, "$.dateOfDecision", ra.dateOfDecision(), rb.dateOfDecision(), against, problems);
      same(
          where,
          "$.decisionMaker.type",
          ra.decisionMaker().type().jsonName(),
          rb.decisionMaker().type().jsonName(),
          against,
          problems);
    } else if (a instanceof Meeting ma && b instanceof Meeting mb) {
      same(where, "$.date", ma.date(), mb.date(), against, problems);
      same(where, "$.time", ma.time(), mb.time(), against, problems);
    }
  }

  private static void same(
      String where, String path, Object a, Object b, String against, List<String> problems) {
    if (!Objects.equals(a, b)) {
      problems.add(where + path + ": must be the same" + against + " (" + a + "), but was " + b);
    }
  }

  /** The id without a trailing language: "x-cy", "x_en", "x.cy-GB" are all "x". */
  static String stem(String id) {
    return id.replaceFirst("(?i)[-_.](cy|en)([-_](gb))?$", "");
  }

  private static String kind(Object document) {
    return document instanceof Meeting ? "meeting" : "decision record";
  }

  private static Locale language(Object document) {
    return document instanceof Meeting m ? m.language() : ((DecisionRecord) document).language();
  }

  private static boolean isWelsh(Locale language) {
    return language.getLanguage().equals("cy");
  }

  /** The document to render for one input (after {@link #problems} found none). */
  Notice layout(DecisionNotices notices, Object document) {
    if (document instanceof Pair pair) {
      Object first = pair.document();
      Object second = pair.other();
      // Welsh first by default: the Welsh Language Standards ask that Welsh is not treated less
      // favourably, which councils read as Welsh first.
      if (isWelsh(language(first)) == englishFirst) {
        first = pair.other();
        second = pair.document();
      }
      Notice a = layoutOne(notices, first);
      Notice b = layoutOne(notices, second);
      Notice both = DecisionNotices.bilingual(a, b);
      return new Notice(
          stem(a.id().replaceFirst("-(decisions|minutes|minutes-full)$", ""))
              + "-bilingual"
              + suffix(a.id()),
          both.title(),
          both.language(),
          both.date(),
          both.sections());
    }
    return layoutOne(notices, document);
  }

  private static String suffix(String id) {
    for (String ending : List.of("-decisions", "-minutes-full", "-minutes")) {
      if (id.endsWith(ending)) {
        return ending;
      }
    }
    return "";
  }

  private Notice layoutOne(DecisionNotices notices, Object document) {
    if (document instanceof Meeting meeting) {
      return minutes ? notices.layoutMinutes(meeting, full) : notices.layout(meeting);
    }
    return notices.layout((DecisionRecord) document);
  }
}
