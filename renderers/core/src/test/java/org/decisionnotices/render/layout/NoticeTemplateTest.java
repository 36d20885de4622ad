package org.decisionnotices.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.render.TestRecords;
import org.junit.jupiter.api.Test;

class NoticeTemplateTest {
  private final NoticeTemplate template = NoticeTemplate.builtIn();

  private static List<String> keys(Notice notice) {
    return notice.sections().stream().map(Section::key).toList();
  }

  private static FieldList summary(Notice notice) {
    return (FieldList) notice.sections().get(0).parts().get(0);
  }

  private static List<String> labels(Notice notice) {
    return summary(notice).fields().stream().map(Field::label).toList();
  }

  @Test
  void theSeedHasTheSeedsSectionsInOrder() {
    Notice notice = template.layout(TestRecords.seed(), null);
    assertEquals("Lancashire's Safeguarding Children Board (LSCB) Annual Report", notice.title());
    assertEquals(List.of("summary", "purpose", "discussion", "decision"), keys(notice));
    assertEquals(
        List.of(
            "Decision maker",
            "Decided at meeting",
            "Decision status",
            "Is key decision?",
            "Is subject to call in?",
            "Date of decision",
            "Report author"),
        labels(notice));
    Field meeting = summary(notice).fields().get(1);
    assertEquals(
        "24 October 2016 – Lancashire Health and Wellbeing Board",
        Inline.plainText(meeting.value()));
    assertEquals("No", Inline.plainText(summary(notice).fields().get(3).value()));
  }

  @Test
  void emptyOptionalFieldsAndSectionsAreLeftOut() {
    Notice notice = template.layout(TestRecords.seed(), null);
    assertFalse(labels(notice).contains("Forward plan reference"));
    assertFalse(keys(notice).contains("interests"));
    assertFalse(keys(notice).contains("documents"));
    assertFalse(keys(notice).contains("reasons"));
  }

  @Test
  void everySectionOfAFullRecordAppears() {
    DecisionRecord full =
        TestRecords.seed().toBuilder()
            .reasons("Because.")
            .alternativesConsidered("- Do nothing")
            .interests(List.of(new Interest("Cllr A", "Trustee of a charity", null)))
            .documents(
                List.of(
                    new DocumentRef(
                        "Report",
                        "https://example.gov.uk/r.pdf",
                        null,
                        "application/pdf",
                        250_000L)))
            .build();
    Notice notice = template.layout(full, null);
    assertEquals(
        List.of(
            "summary",
            "purpose",
            "discussion",
            "decision",
            "reasons",
            "alternativesConsidered",
            "interests",
            "documents"),
        keys(notice));
    Table interests = (Table) notice.sections().get(6).parts().get(0);
    assertEquals(List.of("Member", "Interest", "Dispensation"), interests.header());
    assertEquals(List.of(List.of("Cllr A", "Trustee of a charity", "None")), interests.rows());
    ListBlock documents =
        (ListBlock) ((Blocks) notice.sections().get(7).parts().get(0)).blocks().get(0);
    Paragraph item = (Paragraph) documents.items().get(0).blocks().get(0);
    Link link = assertInstanceOf(Link.class, item.inlines().get(0));
    assertEquals("https://example.gov.uk/r.pdf", link.target());
    assertEquals("Report (PDF, 244 KB)", Inline.plainText(item.inlines()));
  }

  @Test
  void welshRecordsGetWelshLabelsAndDates() {
    Notice notice = template.layout(TestRecords.welsh(), null);
    assertEquals("Manylion y penderfyniad", notice.sections().get(0).heading());
    assertTrue(labels(notice).contains("Statws y penderfyniad"));
    Field meeting = summary(notice).fields().get(1);
    assertTrue(
        Inline.plainText(meeting.value()).startsWith("24 Hydref 2016"),
        Inline.plainText(meeting.value()));
    Section exempt = notice.sections().get(1);
    assertEquals("exempt", exempt.key());
    String statement =
        Inline.plainText(((Paragraph) ((Blocks) exempt.parts().get(0)).blocks().get(0)).inlines());
    assertTrue(statement.contains("baragraff 14 o Ran 4"), statement);
  }

  @Test
  void labelLanguageCanBeChosen() {
    Notice notice = template.layout(TestRecords.welsh(), Locale.UK);
    assertEquals("Decision details", notice.sections().get(0).heading());
    assertEquals(Locale.forLanguageTag("cy-GB"), notice.language(), "the text stays Welsh");
  }

  @Test
  void englishExemptionsCiteParagraphsOfPart1() {
    DecisionRecord record =
        TestRecords.seed().toBuilder()
            .exempt(org.decisionnotices.model.Exemption.of(null, 3, 5))
            .build();
    Section exempt = template.layout(record, null).sections().get(1);
    assertEquals(1, ((Blocks) exempt.parts().get(0)).blocks().size(), "no empty reason paragraph");
    String statement =
        Inline.plainText(((Paragraph) ((Blocks) exempt.parts().get(0)).blocks().get(0)).inlines());
    assertTrue(statement.contains("paragraphs 3 and 5 of Part 1 of Schedule 12A"), statement);
  }

  /** Schedule 12A Part 4 paragraph 18A (Wales, SI 2007/951 reg 4) in both languages. */
  @Test
  void letteredWelshParagraphsCitePart4InEnglishAndWelsh() {
    org.decisionnotices.model.Exemption exemption =
        new org.decisionnotices.model.Exemption(List.of("18a"), null);
    String english = statement(TestRecords.seed().toBuilder().exempt(exemption).build());
    assertTrue(
        english.contains("under paragraph 18A of Part 4 of Schedule 12A to the Local Government"),
        english);
    String welsh = statement(TestRecords.welsh().toBuilder().exempt(exemption).build());
    assertTrue(welsh.contains("o dan baragraff 18A o Ran 4 o Atodlen 12A"), welsh);
    String both =
        statement(
            TestRecords.seed().toBuilder()
                .exempt(new org.decisionnotices.model.Exemption(List.of("7A", "7C"), null))
                .build());
    assertTrue(both.contains("paragraphs 7A and 7C of Part 1 of Schedule 12A"), both);
  }

  private String statement(DecisionRecord record) {
    Section exempt =
        template.layout(record, null).sections().stream()
            .filter(s -> "exempt".equals(s.key()))
            .findFirst()
            .orElseThrow();
    return Inline.plainText(
        ((Paragraph) ((Blocks) exempt.parts().get(0)).blocks().get(0)).inlines());
  }

  @Test
  void aCouncilsOwnTemplateChangesWordingAndOrder() {
    NoticeTemplate own =
        NoticeTemplate.of(
            "<notice title=\"Record of decision: {{title}}\">"
                + "<section key=\"decision\" heading=\"What was decided\"><prose ref=\"decision\"/></section>"
                + "<section key=\"summary\" heading=\"Details\"><fields>"
                + "<field key=\"status\" label=\"Outcome\">{{status}}</field>"
                + "<field key=\"wards\" label=\"Wards\">{{wards}}</field>"
                + "</fields></section></notice>");
    Notice notice = own.layout(TestRecords.seed(), null);
    assertEquals(
        "Record of decision: Lancashire's Safeguarding Children Board (LSCB) Annual Report",
        notice.title());
    assertEquals(List.of("decision", "summary"), keys(notice));
    assertEquals(
        List.of("Outcome"),
        summary(new Notice("x", "t", Locale.UK, notice.date(), List.of(notice.sections().get(1))))
            .fields()
            .stream()
            .map(Field::label)
            .toList());
  }

  @Test
  void valuesAreEscapedSoMarkupInARecordStaysText() {
    DecisionRecord record =
        TestRecords.seed().toBuilder()
            .title("<script>alert(1)</script> & \"quotes\"")
            .status("<field key=\"x\" label=\"y\">z</field>")
            .build();
    Notice notice = template.layout(record, null);
    assertEquals("<script>alert(1)</script> & \"quotes\"", notice.title());
    assertEquals(
        "<field key=\"x\" label=\"y\">z</field>",
        Inline.plainText(summary(notice).fields().get(2).value()));
  }

  @Test
  void unsafeLinksInATemplateBecomeText() {
    NoticeTemplate own =
        NoticeTemplate.of(
            "<notice title=\"t\"><section key=\"s\" heading=\"h\"><p><a href=\"javascript:alert(1)\">click</a></p></section></notice>");
    Paragraph p =
        (Paragraph)
            ((Blocks) own.layout(TestRecords.seed(), null).sections().get(0).parts().get(0))
                .blocks()
                .get(0);
    assertEquals(List.of(new org.decisionnotices.model.prose.Text("click")), p.inlines());
  }

  @Test
  void brokenTemplatesAreReportedClearly() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NoticeTemplate.of(
                        "<notice title=\"t\"><section key=\"s\"><blink/></section></notice>")
                    .layout(TestRecords.seed(), null));
    assertTrue(unknown.getMessage().contains("<blink>"), unknown.getMessage());
    IllegalArgumentException malformed =
        assertThrows(
            IllegalArgumentException.class,
            () -> NoticeTemplate.of("<notice title=\"t\">").layout(TestRecords.seed(), null));
    assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NoticeTemplate.of("{{#unclosed}}"));
  }
}
