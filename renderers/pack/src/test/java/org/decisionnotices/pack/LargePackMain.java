package org.decisionnotices.pack;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;

/**
 * Writes the pack of a meeting file to a PDF and prints its page count, or its problems (exit 2):
 * run by {@link LargePackIT} in a JVM of its own, with a small heap.
 */
final class LargePackMain {
  private LargePackMain() {}

  public static void main(String[] args) throws Exception {
    Path meetingFile = Path.of(args[0]);
    Meeting meeting = DecisionJson.readMeeting(meetingFile);
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      PackResult result = AgendaPack.builder().build().write(meeting, meetingFile.getParent(), out);
      System.out.println(result.pageCount());
    } catch (PackInputException e) {
      System.out.println(e.getMessage());
      System.exit(2);
    }
  }
}
