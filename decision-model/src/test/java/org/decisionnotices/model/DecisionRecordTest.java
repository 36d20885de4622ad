package org.decisionnotices.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {

  private static DecisionRecord.Builder minimal() {
    return DecisionRecord.builder()
        .id("d-1")
        .title("Title")
        .decisionMaker(new DecisionMaker("Cabinet", DecisionMakerType.CABINET))
        .status("Approved")
        .dateOfDecision(LocalDate.of(2025, 1, 1))
        .decision("Resolved: yes.");
  }

  @Test
  void buildsWithDefaults() {
    DecisionRecord r = minimal().build();
    assertEquals("en-GB", r.language().toLanguageTag());
    assertEquals(List.of(), r.documents());
    assertEquals(false, r.subjectToCallIn());
  }

  @Test
  void missingRequiredValuesAreNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> minimal().status(null).build());
    assertEquals("status must not be null", e.getMessage());
    assertEquals(
        "decision must not be null",
        assertThrows(
                NullPointerException.class,
                () -> minimal().decision((org.decisionnotices.model.prose.Prose) null).build())
            .getMessage());
    assertEquals(
        "title must not be blank",
        assertThrows(IllegalArgumentException.class, () -> minimal().title(" ").build())
            .getMessage());
  }

  @Test
  void idsThatCouldEscapeAFolderAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> minimal().id("../x").build());
    assertTrue(e.getMessage().startsWith("id must match"), e.getMessage());
  }

  @Test
  void listsAreCopied() {
    List<String> wards = new ArrayList<>(List.of("North"));
    DecisionRecord r = minimal().wards(wards).build();
    wards.add("South");
    assertEquals(List.of("North"), r.wards());
    assertThrows(UnsupportedOperationException.class, () -> r.wards().add("East"));
  }

  @Test
  void exemptionParagraphsFollowSchedule12A() {
    assertTrue(Exemption.of(null, 14, 15).isWelsh());
    assertTrue(new Exemption(List.of("18a", "14"), null).isWelsh());
    assertEquals(List.of("18A", "14"), new Exemption(List.of("18a", "14"), null).paragraphs());
    assertFalse(new Exemption(List.of("7C", "3"), null).isWelsh());
    assertThrows(IllegalArgumentException.class, () -> Exemption.of(null, 2, 12));
    assertThrows(IllegalArgumentException.class, () -> new Exemption(List.of("7A", "14"), null));
    assertThrows(IllegalArgumentException.class, () -> Exemption.of(null, 9));
    assertThrows(IllegalArgumentException.class, () -> new Exemption(List.of("7D"), null));
    assertThrows(IllegalArgumentException.class, () -> new Exemption(List.of("18A", "18a"), null));
  }

  @Test
  void toBuilderGivesAnEqualRecord() {
    DecisionRecord r = minimal().wards(List.of("North")).build();
    assertEquals(r, r.toBuilder().build());
  }

  @Test
  void agendaDocumentsMustNameAFile() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AgendaItem(
                    "4",
                    "Report",
                    null,
                    null,
                    List.of(DocumentRef.ofUrl("R", "https://x.org/r.pdf")),
                    null));
    assertTrue(e.getMessage().contains("must each name a file"), e.getMessage());
  }
}
