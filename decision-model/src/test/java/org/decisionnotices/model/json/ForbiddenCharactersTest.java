package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Characters none of our formats can hold (C0 controls but tab, line feed and carriage return, lone
 * surrogates, U+FFFE, U+FFFF) are refused when read, each with its JSON path, so that a record that
 * validates always renders. They can only arrive as JSON escapes, so the cases are written so.
 */
class ForbiddenCharactersTest {
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\\u0007 | \"status\": \"Recommendations approved\" | $.status | U+0007",
        "\\u0000 | \"title\": \"Highways maintenance contract\" | $.title | U+0000",
        "\\u001b | \"nature\": \"Trustee\" | $.interests[0].nature | U+001B",
        "\\ud800 | \"reason\": \"Commercial\" | $.exempt.reason | U+D800",
        "\\udc00 | \"wards\": [\"North\" | $.wards[0] | U+DC00",
        "\\ufffe | \"title\": \"Report\" | $.documents[0].title | U+FFFE",
        "\\uffff | \"decision\": \"Resolved: that the contract be awarded. | $.decision | U+FFFF",
        "\\u000c | \"reasons\": \"Best value. | $.reasons | U+000C",
      })
  void isRefusedWithItsPath(String escape, String before, String path, String code) {
    String json = Records.VALID.replace(before, insert(before, escape));
    assertTrue(!json.equals(Records.VALID), "the case must change the record: " + before);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json));
    Problem problem =
        e.problems().stream()
            .filter(p -> p.path().equals(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError(e.problems().toString()));
    assertTrue(problem.message().contains(code), problem.message());
    assertTrue(problem.message().contains("no document format can hold"), problem.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\t", "\\n", "\\r\\n", "\\ud83d\\ude00", "\\u00a0", "\\u200b"})
  void whitespaceAndWholeCharactersAreAccepted(String escape) throws Exception {
    String json =
        Records.VALID.replace(
            "\"status\": \"Recommendations approved\"",
            "\"status\": \"Recommendations" + escape + "approved\"");
    assertTrue(DecisionJson.readRecord(json).status().startsWith("Recommendations"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0007", "\\u001f"})
  void aFieldNameWithOneIsRefusedToo(String escape) {
    String json = Records.VALID.replace("{\"id\"", "{\"x" + escape + "\": 1, \"id\"");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json));
    assertTrue(
        e.problems().stream()
            .anyMatch(
                p ->
                    p.path().equals("$['x" + escape + "']")
                        && p.message().startsWith("the field's name holds the control character")),
        e.problems().toString());
  }

  @org.junit.jupiter.api.Test
  void everyOccurrenceIsReportedAtOnce() {
    String json =
        Records.VALID
            .replace("\"status\": \"Recommendations", "\"status\": \"\\u0001Recommendations")
            .replace("\"member\": \"Cllr A", "\"member\": \"Cllr\\u0002A");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DecisionJson.readRecord(json));
    assertEquals(
        List.of("$.status", "$.interests[0].member"),
        e.problems().stream().map(Problem::path).toList());
  }

  /** {@code before} with {@code escape} written just before its last character. */
  private static String insert(String before, String escape) {
    int at = before.length() - 1;
    return before.substring(0, at) + escape + before.substring(at);
  }
}
