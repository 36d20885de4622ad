package org.decisionnotices.model.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of examples/data, found by walking up from the working directory. */
final class SampleFiles {
  private SampleFiles() {}

  static Path dataDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path data = dir.resolve("examples/data");
      if (Files.isDirectory(data)) {
        return data;
      }
    }
    throw new IllegalStateException("examples/data not found");
  }

  static List<Path> all() {
    // The samples and their translations (translations/), which make bilingual documents.
    try (Stream<Path> files = Files.walk(dataDirectory(), 2)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(
              f ->
                  f.getParent().equals(dataDirectory())
                      || f.getParent().getFileName().toString().equals("translations"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> records() {
    return all().stream().filter(f -> !isMeeting(f)).toList();
  }

  static List<Path> meetings() {
    return all().stream().filter(SampleFiles::isMeeting).toList();
  }

  private static boolean isMeeting(Path file) {
    return file.getFileName().toString().startsWith("meeting");
  }
}
