package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.decisionnotices.model.DecisionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One broken input per rule of FORMAT.md: each must name its JSON path and what was expected. */
class ValidationRulesTest {

  static Stream<Arguments> brokenRecords() {
    return Stream.of(
        broken("missing required field", "title", null, "$.title", "is required"),
        broken("null required field", "status", "@null", "$.status", "must not be null"),
        broken("empty string", "title", "  ", "$.title", "must not be empty"),
        broken("unknown field", "colour", "blue", "$.colour", "is not a known field"),
        broken(
            "unknown nested field",
            "decisionMaker.role",
            "x",
            "$.decisionMaker.role",
            "is not a known field"),
        broken(
            "wrong type: string for boolean",
            "keyDecision",
            "no",
            "$.keyDecision",
            "must be true or false"),
        broken("wrong type: number for string", "status", 5, "$.status", "must be a string"),
        broken("wrong type: object for list", "wards", Map.of(), "$.wards", "must be a list"),
        broken("bad date format", "dateOfDecision", "24/10/2016", "$.dateOfDecision", "YYYY-MM-DD"),
        broken("impossible date", "callInDeadline", "2025-02-30", "$.callInDeadline", "YYYY-MM-DD"),
        broken("bad time", "meeting.time", "25:00", "$.meeting.time", "HH:MM"),
        broken("bad language tag", "language", "english", "$.language", "BCP 47"),
        broken(
            "bad language tag on a bracketed span",
            "discussion",
            "The [Welsh text]{lang=welsh} follows.",
            "$.discussion",
            "'welsh' must be a BCP 47 language tag"),
        broken("id with a space", "id", "bad id", "$.id", "A-Z a-z 0-9"),
        broken("id with a slash", "id", "../etc", "$.id", "A-Z a-z 0-9"),
        broken("id too long", "id", "a".repeat(129), "$.id", "1-128"),
        broken(
            "decision maker type",
            "decisionMaker.type",
            "boss",
            "$.decisionMaker.type",
            "must be one of"),
        broken(
            "exempt paragraph 8",
            "exempt.paragraphs",
            List.of(8),
            "$.exempt.paragraphs",
            "(England), or 12-18"),
        broken(
            "exempt paragraph 11",
            "exempt.paragraphs",
            List.of(11),
            "$.exempt.paragraphs",
            "(England), or 12-18"),
        broken(
            "exempt paragraphs mixed",
            "exempt.paragraphs",
            List.of(3, 14),
            "$.exempt.paragraphs",
            "must not mix"),
        broken(
            "exempt paragraphs 7A and 14 mixed",
            "exempt.paragraphs",
            List.of("7A", 14),
            "$.exempt.paragraphs",
            "must not mix"),
        broken(
            "exempt paragraphs 3 and 18B mixed",
            "exempt.paragraphs",
            List.of(3, "18b"),
            "$.exempt.paragraphs",
            "must not mix"),
        broken(
            "exempt paragraph 7D",
            "exempt.paragraphs",
            List.of("7D"),
            "$.exempt.paragraphs",
            "\"7A\"-\"7C\" (England)"),
        broken(
            "exempt paragraph 12A",
            "exempt.paragraphs",
            List.of(12, "12A"),
            "$.exempt.paragraphs",
            "\"18A\"-\"18C\" (Wales)"),
        broken(
            "exempt paragraph number as a string",
            "exempt.paragraphs",
            List.of("3"),
            "$.exempt.paragraphs[0]",
            "lettered paragraph such as \"7A\""),
        broken(
            "exempt paragraph repeated",
            "exempt.paragraphs",
            List.of("18A", "18A"),
            "$.exempt.paragraphs",
            "must not repeat"),
        broken(
            "exempt paragraphs empty",
            "exempt.paragraphs",
            List.of(),
            "$.exempt.paragraphs",
            "at least one"),
        broken(
            "javascript: link in prose",
            "decision",
            "See [this](javascript:alert(1)).",
            "$.decision",
            "https:, http: or mailto:"),
        broken(
            "data: link in prose",
            "reasons",
            "[x](data:text/html,hi)",
            "$.reasons",
            "https:, http: or mailto:"),
        broken(
            "file: link in prose",
            "purpose",
            "[x](file:///etc/passwd)",
            "$.purpose",
            "https:, http: or mailto:"),
        broken(
            "relative link in prose",
            "purpose",
            "[x](/minutes)",
            "$.purpose",
            "https:, http: or mailto:"),
        broken(
            "meeting url not web",
            "meeting.url",
            "ftp://example.org",
            "$.meeting.url",
            "https:// or http://"),
        broken(
            "document url javascript",
            "documents.0.url",
            "javascript:alert(1)",
            "$.documents[0].url",
            "https:// or http://"),
        broken(
            "document path climbing out",
            "documents.0.file",
            "../secret.pdf",
            "$.documents[0].file",
            "inside the JSON file's folder"),
        broken(
            "document path climbing out later",
            "documents.0.file",
            "a/../../secret.pdf",
            "$.documents[0].file",
            "inside the JSON file's folder"),
        broken(
            "absolute document path",
            "documents.0.file",
            "/etc/passwd",
            "$.documents[0].file",
            "inside the JSON file's folder"),
        broken(
            "windows drive path",
            "documents.0.file",
            "C:\\report.pdf",
            "$.documents[0].file",
            "inside the JSON file's folder"),
        broken(
            "negative size",
            "documents.0.sizeBytes",
            -1,
            "$.documents[0].sizeBytes",
            "whole number"),
        broken(
            "bad email",
            "reportAuthor.email",
            "not an email",
            "$.reportAuthor.email",
            "email address"),
        broken(
            "interest without nature",
            "interests.0",
            Map.of("member", "Cllr B"),
            "$.interests[0].nature",
            "is required"));
  }

  private static Arguments broken(
      String rule, String field, Object value, String path, String message) {
    Object actual =
        "@null".equals(value) ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
    return Arguments.of(rule, Records.with(field, actual), path, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecords")
  void rejectsAndNamesThePath(String rule, String json, String path, String message) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertEquals(path, problem.path(), e.getMessage());
    assertTrue(problem.message().contains(message), problem.message());
  }

  @Test
  void letteredExemptionParagraphsAreReadInCapitalsAndWrittenBackAsStrings() throws Exception {
    DecisionRecord r =
        DecisionJson.readRecord(Records.with("exempt.paragraphs", List.of(14, "18a")));
    assertEquals(List.of("14", "18A"), r.exempt().paragraphs());
    assertTrue(r.exempt().isWelsh());
    String written = DecisionJson.write(r);
    assertTrue(written.replace(" ", "").contains("[14,\"18A\"]"), written);
    assertEquals(r, DecisionJson.readRecord(written));
  }

  @Test
  void theValidRecordIsValid() throws Exception {
    assertEquals("r-1", DecisionJson.readRecord(Records.VALID).id());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String json =
        "{\"id\": \"bad id\", \"title\": \"\", \"decisionMaker\": {\"name\": \"x\", \"type\": \"boss\"},"
            + " \"keyDecision\": \"no\", \"dateOfDecision\": \"24/10/2016\", \"decision\": \"[x](javascript:y)\","
            + " \"exempt\": {\"paragraphs\": [3, 14]}, \"documents\": [{\"title\": \"a\", \"file\": \"../b.pdf\"}], \"colour\": 1}";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json));
    List<String> paths = e.problems().stream().map(Problem::path).toList();
    assertEquals(
        List.of(
            "$.id",
            "$.title",
            "$.decisionMaker.type",
            "$.status",
            "$.keyDecision",
            "$.dateOfDecision",
            "$.decision",
            "$.exempt.paragraphs",
            "$.documents[0].file",
            "$.colour"),
        paths);
  }

  private static final String MEETING =
      "{\"id\": \"m\", \"body\": \"Cabinet\", \"date\": \"2025-01-01\"%s}";
  private static final String REPORT =
      "{\"number\": \"1\", \"title\": \"Report\", \"documents\": [%s]}";

  static Stream<Arguments> brokenMeetings() {
    return Stream.of(
        Arguments.of("no items", "", "$.items", "is required"),
        Arguments.of("empty items", ", \"items\": []", "$.items", "at least one"),
        Arguments.of(
            "a document that is not a PDF",
            ", \"items\": ["
                + String.format(REPORT, "{\"title\": \"r\", \"file\": \"r.docx\"}")
                + "]",
            "$.items[0].documents[0].file",
            "PDF"),
        Arguments.of(
            "a document without a file",
            ", \"items\": [" + String.format(REPORT, "{\"title\": \"r\"}") + "]",
            "$.items[0].documents[0].file",
            "is required"),
        Arguments.of(
            "a document with a url",
            ", \"items\": ["
                + String.format(
                    REPORT,
                    "{\"title\": \"r\", \"file\": \"r.pdf\", \"url\": \"https://x.org/r.pdf\"}")
                + "]",
            "$.items[0].documents[0].url",
            "is not a known field"),
        Arguments.of(
            "an unknown attendance",
            ", \"members\": [{\"name\": \"A\", \"attendance\": \"late\"}], \"items\": [{\"number\": \"1\", \"title\": \"T\"}]",
            "$.members[0].attendance",
            "must be one of"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenMeetings")
  void rejectsABrokenMeetingAndNamesThePath(
      String rule, String fields, String path, String message) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> DecisionJson.readMeeting(String.format(MEETING, fields)));
    assertEquals(path, e.problems().get(0).path(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains(message), e.problems().get(0).message());
  }

  @Test
  void aDecisionInsideAMeetingIsCheckedWithItsPath() {
    String json =
        "{\"id\": \"m\", \"body\": \"Cabinet\", \"date\": \"2025-01-01\", \"items\": [{\"number\": \"1\","
            + " \"title\": \"T\", \"decision\": "
            + Records.with("dateOfDecision", "tomorrow")
            + "}]}";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readMeeting(json));
    assertEquals("$.items[0].decision.dateOfDecision", e.problems().get(0).path());
  }
}
