package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import org.decisionnotices.model.Attendance;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.junit.jupiter.api.Test;

/** The meeting fields minutes need: who a substitute stood in for, item minutes, closing time. */
class MinutesFieldsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theSampleMeetingCarriesItsMinutes() throws Exception {
    Meeting m = DecisionJson.readMeeting(SampleFiles.dataDirectory().resolve("meeting.json"));
    assertEquals(LocalTime.of(20, 5), m.endTime());
    Member substitute =
        m.members().stream()
            .filter(x -> x.attendance() == Attendance.SUBSTITUTE)
            .findFirst()
            .orElseThrow();
    assertEquals("Councillor Imran Hussain", substitute.substituteFor());
    assertTrue(m.items().get(0).minute().plainText().startsWith("Apologies"));
    assertEquals(m, DecisionJson.readMeeting(DecisionJson.write(m)));
  }

  @Test
  void aMeetingWithoutTheNewFieldsIsStillValid() throws Exception {
    ObjectNode json = minimal();
    Meeting m = DecisionJson.readMeeting(json.toString());
    assertEquals(null, m.endTime());
    assertEquals(null, m.items().get(0).minute());
    assertFalse(DecisionJson.write(m).contains("endTime"));
  }

  @Test
  void onlyASubstituteStandsInForSomeone() throws Exception {
    ObjectNode json = minimal();
    json.putArray("members")
        .addObject()
        .put("name", "Cllr A")
        .put("attendance", "present")
        .put("substituteFor", "Cllr B");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readMeeting(json.toString()));
    assertEquals("$.members[0].substituteFor", e.problems().get(0).path(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("\"substitute\""), e.getMessage());
  }

  @Test
  void aClosingTimeIsATime() {
    ObjectNode json = minimal();
    json.put("endTime", "8pm");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readMeeting(json.toString()));
    assertEquals("$.endTime", e.problems().get(0).path(), e.getMessage());
  }

  @Test
  void anItemMinuteIsProse() throws Exception {
    ObjectNode json = minimal();
    ((ObjectNode) json.get("items").get(0)).put("minute", "See [this](javascript:x).");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readMeeting(json.toString()));
    assertEquals("$.items[0].minute", e.problems().get(0).path(), e.getMessage());
  }

  private static ObjectNode minimal() {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", "m-1").put("body", "Committee").put("date", "2025-01-02");
    json.putArray("items").addObject().put("number", "1").put("title", "Apologies");
    return json;
  }
}
