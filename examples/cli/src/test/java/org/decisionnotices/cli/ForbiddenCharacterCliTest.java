package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decisionnotices.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sample whose status holds U+0007: refused by validate and render alike, naming the path. */
class ForbiddenCharacterCliTest {
  @TempDir Path dir;

  private Path bell() throws Exception {
    String seed = Files.readString(CliTest.data().resolve("lscb-annual-report.json"));
    String bell = seed.replace("\"status\": \"", "\"status\": \"\\u0007");
    assertTrue(!bell.equals(seed), "the sample has a status to break");
    Path file = dir.resolve("bell.json");
    Files.writeString(file, bell);
    return file;
  }

  @Test
  void validateRefusesItWithItsPath() throws Exception {
    Path file = bell();
    Run run = CliTest.run("validate", file.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals(
        List.of(
            file
                + ": $.status: holds the control character U+0007 at character 1, which no"
                + " document format can hold"),
        run.err().lines().toList());
  }

  @Test
  void renderRefusesItWithItsPathAndWritesNothing() throws Exception {
    Path file = bell();
    Path out = dir.resolve("out");
    Run run = CliTest.run("render", file.toString(), "--out", out.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(
        run.err().contains(file + ": $.status: holds the control character U+0007"), run.err());
    assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written");
  }
}
