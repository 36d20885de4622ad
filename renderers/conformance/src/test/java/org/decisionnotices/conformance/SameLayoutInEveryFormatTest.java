package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample through every renderer on the class path: each format, read back with its own
 * reader, shows the same headings and labels in the same order as the layout.
 */
class SameLayoutInEveryFormatTest {
  private static final DecisionNotices NOTICES = DecisionNotices.create();
  private static final DecisionNotices WELSH_LABELS =
      DecisionNotices.builder()
          .options(RenderOptions.builder().labelLanguage(Locale.forLanguageTag("cy-GB")).build())
          .build();

  record Case(String name, DecisionNotices notices, Notice notice) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    for (Samples.Sample sample : Samples.records()) {
      cases.add(new Case(sample.name(), NOTICES, NOTICES.layout(sample.record())));
    }
    Samples.Sample seed =
        Samples.records().stream()
            .filter(s -> s.name().equals("lscb-annual-report"))
            .findFirst()
            .orElseThrow();
    cases.add(
        new Case(
            "lscb-annual-report, Welsh labels", WELSH_LABELS, WELSH_LABELS.layout(seed.record())));
    for (Path meeting : Samples.meetingFiles()) {
      cases.add(
          new Case(
              meeting.getFileName() + " decisions",
              NOTICES,
              NOTICES.layout(Samples.meeting(meeting))));
      cases.add(
          new Case(
              meeting.getFileName() + " minutes",
              NOTICES,
              NOTICES.layoutMinutes(Samples.meeting(meeting))));
      cases.add(
          new Case(
              meeting.getFileName() + " minutes, full",
              NOTICES,
              NOTICES.layoutMinutes(Samples.meeting(meeting), true)));
    }
    return cases.stream().map(Arguments::of);
  }

  @Test
  void everyFormatIsOnTheClassPath() {
    assertEquals(Set.of(Format.PDF, Format.DOCX, Format.HTML), NOTICES.formats());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void headingsAndLabelsAgree(Case c) throws Exception {
    List<String> expected = Outline.expected(c.notice());
    assertEquals(expected, Outline.ofHtml(render(c, Format.HTML)), "HTML");
    assertEquals(expected, Outline.ofPdf(render(c, Format.PDF)), "PDF");
    assertEquals(expected, Outline.ofDocx(render(c, Format.DOCX)), "DOCX");
  }

  private static byte[] render(Case c, Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.notices().render(c.notice(), format, out);
    return out.toByteArray();
  }
}
