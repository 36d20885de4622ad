package org.decisionnotices.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A template is checked when it is made, not on the first record; layout failures are named. */
class TemplateCheckTest {
  private static String notice(String body) {
    return "<notice title=\"{{title}}\"><section key=\"s\" heading=\"h\">"
        + body
        + "</section></notice>";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>{{labels.statsu}}</p> | {{labels.statsu}}",
        "<p>{{stauts}}</p> | {{stauts}}",
        "{{#meeting}}<p>{{vneue}}</p>{{/meeting}} | {{vneue}}",
        "{{^meeting}}<p>{{titel}}</p>{{/meeting}} | {{titel}}",
        "{{#documents}}<p>{{title}} {{detials}}</p>{{/documents}} | {{detials}}",
        "<p>{{reportAuthor.nmae}}</p> | {{reportAuthor.nmae}}",
        "{{#decisions}}<p>{{heading}}</p>{{/decisions}} | {{decisions}}",
      })
  void anUnknownNameIsRefusedWhenTheTemplateIsMade(String body, String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoticeTemplate.of(notice(body)));
    assertTrue(e.getMessage().contains(name), e.getMessage());
    assertTrue(e.getMessage().startsWith("custom notice template uses"), e.getMessage());
  }

  @Test
  void everyNameTheViewCanGiveIsAccepted() {
    NoticeTemplate.of(
        notice(
            "<p>{{labels.status}} {{status}} {{meeting.venue}} {{exempt.statement}}</p>"
                + "{{#documents}}<p>{{title}} {{url}} {{file}} {{details}}</p>{{/documents}}"
                + "{{#interests}}<p>{{member}} {{nature}} {{dispensation}} {{title}}</p>{{/interests}}"
                + "{{^forwardPlanReference}}<p>{{labels.status}}</p>{{/forwardPlanReference}}"));
  }

  @Test
  void markupThatBreaksOnlyForSomeRecordsIsRefusedWhenMade() {
    // Well-formed for a record with a forward plan reference, unclosed for one without.
    String body =
        "{{#forwardPlanReference}}<p>{{forwardPlanReference}}</p>{{/forwardPlanReference}}"
            + "{{^forwardPlanReference}}<p>{{/forwardPlanReference}}";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoticeTemplate.of(notice(body)));
    assertTrue(e.getMessage().contains("fails on a sample record"), e.getMessage());
    assertTrue(e.getMessage().contains("(section s)"), e.getMessage());
  }

  @Test
  void aDecisionsListTemplateIsCheckedAgainstAMeeting() {
    String list =
        "<notice title=\"{{title}}\"><section key=\"m\" heading=\"{{labels.theMeeting}}\">"
            + "<p>{{intro}}</p></section>{{#decisions}}<section key=\"{{ref}}\" heading=\"{{heading}}\">"
            + "<p>{{status}}</p></section>{{/decisions}}</notice>";
    NoticeTemplate.ofDecisionsList(list);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NoticeTemplate.ofDecisionsList(list.replace("{{heading}}", "{{haeding}}")));
    assertTrue(e.getMessage().contains("{{haeding}}"), e.getMessage());
    assertTrue(e.getMessage().startsWith("custom decisions list template"), e.getMessage());
  }

  @Test
  void partialsAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoticeTemplate.of(notice("{{>other}}")));
    assertTrue(e.getMessage().contains("other"), e.getMessage());
  }

  @Test
  void aLayoutFailureIsARenderExceptionNamingTheRecordAndSection() {
    // Records read from JSON cannot hold U+0007; one built in code can, and no format can draw it.
    DecisionRecord bell = TestRecords.seed().toBuilder().status("Approved \u0007").build();
    DecisionNotices notices = DecisionNotices.builder().discoverRenderers(false).build();

    UncheckedIOException layout =
        assertThrows(UncheckedIOException.class, () -> notices.layout(bell));
    RenderException cause = assertInstanceOf(RenderException.class, layout.getCause());
    assertEquals(bell.id(), cause.noticeId());
    assertEquals("summary", cause.section());

    RenderException render =
        assertThrows(
            RenderException.class,
            () -> notices.render(bell, Format.PDF, new ByteArrayOutputStream()));
    assertEquals(bell.id(), render.noticeId());
    assertEquals("summary", render.section());
    assertTrue(
        render.getMessage().startsWith(bell.id() + " (section summary): "), render.getMessage());
  }
}
