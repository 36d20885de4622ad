package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publication duties FORMAT.md lists, each as a warning naming the missing field. */
class WarningsTest {

  private static List<String> warningPaths(String json) throws Exception {
    return DecisionJson.warnings(DecisionJson.readRecord(json)).stream()
        .map(Problem::path)
        .toList();
  }

  @Test
  void aCompleteRecordHasNoWarnings() throws Exception {
    assertEquals(List.of(), warningPaths(Records.VALID));
  }

  @Test
  void executiveDecisionWithoutReasonsOrAlternatives() throws Exception {
    String json = Records.with("reasons", null);
    assertEquals(List.of("$.reasons"), warningPaths(json));
    assertEquals(
        List.of("$.alternativesConsidered"),
        warningPaths(Records.with("alternativesConsidered", null)));
  }

  @Test
  void officerDecisionWithoutReasons() throws Exception {
    String json =
        Records.with("decisionMaker", Map.of("name", "Director of Highways", "type", "officer"));
    String withoutReasons =
        DecisionJson.write(
            DecisionJson.readRecord(json).toBuilder()
                .reasons((org.decisionnotices.model.prose.Prose) null)
                .build());
    List<Problem> warnings = DecisionJson.warnings(DecisionJson.readRecord(withoutReasons));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).message().contains("officer decision"), warnings.get(0).message());
  }

  @Test
  void committeeDecisionsNeedNoReasons() throws Exception {
    String json =
        Records.with("decisionMaker", Map.of("name", "Planning Committee", "type", "committee"));
    String bare =
        DecisionJson.write(
            DecisionJson.readRecord(json).toBuilder()
                .reasons((org.decisionnotices.model.prose.Prose) null)
                .alternativesConsidered((org.decisionnotices.model.prose.Prose) null)
                .build());
    assertEquals(List.of(), warningPaths(bare));
  }

  @Test
  void keyDecisionWithoutForwardPlanReference() throws Exception {
    assertEquals(
        List.of("$.forwardPlanReference"),
        warningPaths(Records.with("forwardPlanReference", null)));
  }

  @Test
  void callInWithoutEffectiveDate() throws Exception {
    assertEquals(List.of("$.effectiveFrom"), warningPaths(Records.with("effectiveFrom", null)));
  }

  @Test
  void meetingWarningsNameTheItem() throws Exception {
    String json =
        "{\"id\": \"m\", \"body\": \"Cabinet\", \"date\": \"2025-01-01\", \"items\": [{\"number\": \"1\","
            + " \"title\": \"T\"}, {\"number\": \"2\", \"title\": \"U\", \"decision\": "
            + Records.with("reasons", null)
            + "}]}";
    List<Problem> warnings = DecisionJson.warnings(DecisionJson.readMeeting(json));
    assertEquals(
        List.of("$.items[1].decision.reasons"), warnings.stream().map(Problem::path).toList());
  }
}
