package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.decisionnotices.model.DecisionMakerType;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionJsonTest {

  static List<Path> records() {
    return SampleFiles.records();
  }

  static List<Path> meetings() {
    return SampleFiles.meetings();
  }

  @ParameterizedTest
  @MethodSource("records")
  void everySampleRecordRoundTrips(Path file) throws Exception {
    DecisionRecord read = DecisionJson.readRecord(file);
    DecisionRecord again = DecisionJson.readRecord(DecisionJson.write(read));
    assertEquals(read, again);
    assertEquals(DecisionJson.write(read), DecisionJson.write(again));
  }

  @ParameterizedTest
  @MethodSource("meetings")
  void everySampleMeetingRoundTrips(Path file) throws Exception {
    Meeting read = DecisionJson.readMeeting(file);
    assertEquals(read, DecisionJson.readMeeting(DecisionJson.write(read)));
    assertFalse(read.items().isEmpty());
  }

  @Test
  void readsTheSeedAsPublished() throws Exception {
    DecisionRecord seed =
        DecisionJson.readRecord(SampleFiles.dataDirectory().resolve("lscb-annual-report.json"));
    assertEquals("Lancashire's Safeguarding Children Board (LSCB) Annual Report", seed.title());
    assertEquals(DecisionMakerType.COMMITTEE, seed.decisionMaker().type());
    assertEquals(LocalDate.of(2016, 10, 24), seed.dateOfDecision());
    assertEquals("Recommendations approved", seed.status());
    assertFalse(seed.keyDecision());
    assertEquals("Laura Parkinson", seed.reportAuthor().name());
    assertEquals("en-GB", seed.language().toLanguageTag());
    assertTrue(seed.discussion().blocks().size() >= 6, "every minuted paragraph is kept");
    assertTrue(seed.decision().plainText().startsWith("Resolved:"));
  }

  @Test
  void readAnyTellsRecordsFromMeetings() throws Exception {
    for (Path file : SampleFiles.records()) {
      assertInstanceOf(DecisionRecord.class, DecisionJson.readAny(file), file.toString());
    }
    for (Path file : SampleFiles.meetings()) {
      assertInstanceOf(Meeting.class, DecisionJson.readAny(file), file.toString());
    }
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> DecisionJson.readRecord("{\n  \"id\": \"a\",\n  \"title\" \"x\"\n}"));
    assertEquals(1, e.problems().size());
    assertEquals("$", e.problems().get(0).path());
    assertTrue(
        e.problems().get(0).message().contains("line 3, column"), e.problems().get(0).message());
  }

  @Test
  void emptyInputIsAnError() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(""));
    assertTrue(e.problems().get(0).message().contains("empty"));
  }

  @Test
  void trailingContentIsAnError() {
    assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(Records.VALID + " {}"));
  }

  @Test
  void duplicateKeysAreAnError() {
    String json = Records.VALID.replaceFirst("\\{", "{\"status\": \"a\", ");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json));
    assertTrue(e.problems().get(0).message().contains("status"), e.getMessage());
  }

  @Test
  void problemsAreCapped() {
    StringBuilder json =
        new StringBuilder(Records.VALID.substring(0, Records.VALID.lastIndexOf('}')));
    for (int i = 0; i < 500; i++) {
      json.append(", \"unknown").append(i).append("\": 1");
    }
    json.append('}');
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json.toString()));
    assertEquals(101, e.problems().size());
    assertTrue(e.problems().get(100).message().startsWith("more than 100 problems"));
  }
}
