package org.decisionnotices.render.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;

/** The sample corpus of {@code examples/data}: every record and meeting the project ships. */
public final class Samples {
  private Samples() {}

  /** A sample record, named after its file so that test reports say which one failed. */
  public record Sample(String name, Path file, DecisionRecord record) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code examples/data}, found by walking up from the working directory. */
  public static Path dataDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path data = dir.resolve("examples").resolve("data");
      if (Files.isDirectory(data)) {
        return data;
      }
    }
    throw new IllegalStateException(
        "examples/data not found above " + Path.of("").toAbsolutePath());
  }

  /** Every sample decision record, in file name order. */
  public static List<Sample> records() {
    try (Stream<Path> files = Files.list(dataDirectory())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !isMeeting(f))
          .sorted()
          .map(f -> new Sample(name(f), f, read(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every sample meeting, in file name order. */
  public static List<Path> meetingFiles() {
    try (Stream<Path> files = Files.list(dataDirectory())) {
      return files.filter(Samples::isMeeting).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Meeting meeting(Path file) {
    try {
      return DecisionJson.readMeeting(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample record in {@code examples/data/<name>.json}. */
  public static DecisionRecord record(String name) {
    return read(dataDirectory().resolve(name + ".json"));
  }

  private static boolean isMeeting(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") && name.startsWith("meeting");
  }

  private static String name(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  private static DecisionRecord read(Path file) {
    try {
      return DecisionJson.readRecord(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
