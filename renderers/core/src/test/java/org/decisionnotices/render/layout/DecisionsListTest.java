package org.decisionnotices.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.render.TestRecords;
import org.junit.jupiter.api.Test;

class DecisionsListTest {
  private final NoticeTemplate template = NoticeTemplate.builtInDecisionsList();

  private static Meeting meeting(Locale language) {
    return new Meeting(
        "hwb-2016-10-24",
        "Lancashire Health and Wellbeing Board",
        LocalDate.of(2016, 10, 24),
        LocalTime.of(14, 0),
        "County Hall, Preston",
        language,
        null,
        List.of(),
        List.of(
            new AgendaItem("1", "Apologies", null, null, List.of(), null),
            new AgendaItem("5", "LSCB Annual Report", null, null, List.of(), TestRecords.seed()),
            new AgendaItem(
                "6",
                "Better Care Fund",
                null,
                null,
                List.of(),
                TestRecords.seed().toBuilder().id("bcf").reasons("Value for money.").build())));
  }

  @Test
  void aSectionPerItemWithADecisionInAgendaOrder() {
    Notice notice = template.layout(meeting(Locale.UK), null);
    assertEquals("hwb-2016-10-24-decisions", notice.id());
    assertEquals(
        "Decisions of the Lancashire Health and Wellbeing Board, 24 October 2016", notice.title());
    assertEquals(
        List.of("meeting", "item1", "item2"),
        notice.sections().stream().map(Section::key).toList());
    assertEquals("Item 5: LSCB Annual Report", notice.sections().get(1).heading());
    String intro =
        Inline.plainText(
            ((Paragraph) ((Blocks) notice.sections().get(0).parts().get(0)).blocks().get(0))
                .inlines());
    assertEquals(
        "Decisions taken at the meeting held on 24 October 2016, 14:00, County Hall, Preston.",
        intro);
  }

  @Test
  void eachDecisionHasItsFieldsDecisionAndReasons() {
    Section item6 = template.layout(meeting(Locale.UK), null).sections().get(2);
    FieldList fields = (FieldList) item6.parts().get(0);
    assertEquals("Decision status", fields.fields().get(1).label());
    Blocks prose = (Blocks) item6.parts().get(1);
    assertTrue(
        Inline.plainText(((Paragraph) prose.blocks().get(0)).inlines()).startsWith("Resolved:"));
    Paragraph lead = (Paragraph) prose.blocks().get(1);
    assertEquals(
        List.of(
            new Strong(
                List.of(new org.decisionnotices.model.prose.Text("Reasons for the decision")))),
        lead.inlines());
    assertEquals(
        "Value for money.", Inline.plainText(((Paragraph) prose.blocks().get(2)).inlines()));
    Blocks noReasons =
        (Blocks) template.layout(meeting(Locale.UK), null).sections().get(1).parts().get(1);
    assertEquals(1, noReasons.blocks().size(), "no reasons heading without reasons");
  }

  @Test
  void welshMeetingsGetWelshWords() {
    Notice notice = template.layout(meeting(Locale.forLanguageTag("cy-GB")), null);
    assertEquals(
        "Penderfyniadau Lancashire Health and Wellbeing Board, 24 Hydref 2016", notice.title());
    assertEquals("Eitem 5: LSCB Annual Report", notice.sections().get(1).heading());
  }
}
