package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;

/**
 * Any bytes read as a record or a meeting give a model or an {@link InvalidInputException} that
 * names at least one problem; nothing else escapes (issue 13). In every build this replays the
 * inputs stored in DecisionJsonFuzzTestInputs (samples, and every input that once failed); {@code
 * -Pfuzz} searches for new ones.
 */
class DecisionJsonFuzzTest {
  // How long -Pfuzz runs it; a normal build only replays the stored inputs.
  @FuzzTest(maxDuration = "30m")
  void anyBytesGiveAModelOrNamedProblems(byte[] json) throws Exception {
    try {
      DecisionRecord record = DecisionJson.readRecord(new ByteArrayInputStream(json));
      // What it reads, it writes back and reads again the same.
      assertEquals(record, DecisionJson.readRecord(DecisionJson.write(record)));
    } catch (InvalidInputException e) {
      assertFalse(e.problems().isEmpty());
    }
    try {
      Meeting meeting = DecisionJson.readMeeting(new ByteArrayInputStream(json));
      assertEquals(meeting, DecisionJson.readMeeting(DecisionJson.write(meeting)));
    } catch (InvalidInputException e) {
      assertFalse(e.problems().isEmpty());
    }
  }
}
