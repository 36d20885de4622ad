package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} over many files: on all cores, in order, all or nothing, with progress. */
class BatchTest {
  @TempDir Path dir;

  /** Every sample record, several times over under ids of their own, and the sample meeting. */
  static List<String> batch(Path dir, int copies) throws IOException {
    List<String> files = new ArrayList<>();
    for (Samples.Sample sample : Samples.records()) {
      String json = Files.readString(sample.file());
      String id = sample.record().id();
      for (int copy = 0; copy < copies; copy++) {
        Path file = dir.resolve("in").resolve(id + "-" + copy + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.replace("\"" + id + "\"", "\"" + id + "-" + copy + "\""));
        files.add(file.toString());
      }
    }
    files.add(Samples.meetingFiles().get(0).toString());
    return files;
  }

  static CliTest.Run render(boolean terminal, List<String> files, String... options) {
    List<String> args = new ArrayList<>(List.of("render"));
    args.addAll(List.of(options));
    args.addAll(files);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), terminal);
    return new CliTest.Run(status, out.toString(), err.toString());
  }

  @Test
  void manyThreadsWriteTheSameFilesInTheSameOrderAsOne() throws Exception {
    List<String> files = batch(dir, 3);
    Path one = dir.resolve("one");
    Path many = dir.resolve("many");
    CliTest.Run single = render(false, files, "--threads", "1", "--out", one.toString());
    // More threads than cores, so that documents really are written in between one another.
    CliTest.Run parallel = render(false, files, "--threads", "6", "--out", many.toString());
    assertEquals(0, single.status(), single.err());
    assertEquals(0, parallel.status(), parallel.err());
    assertEquals(3 * files.size(), single.out().lines().count(), single.out());
    assertEquals(
        single.out().replace(one.toString(), "DIR"),
        parallel.out().replace(many.toString(), "DIR"),
        "the same files listed in the same order");
    for (Path file : list(one)) {
      byte[] expected = Files.readAllBytes(file);
      byte[] actual = Files.readAllBytes(many.resolve(file.getFileName()));
      assertArrayEquals(expected, actual, file.getFileName() + " differs from one thread's");
    }
    assertEquals(list(one).size(), list(many).size(), "no other files, no temporary ones");
  }

  @Test
  void aTerminalSeesProgressAndEveryRunEndsWithASummary() throws IOException {
    List<String> files = batch(dir, 1);
    CliTest.Run quiet =
        render(false, files, "--format", "html", "--out", dir.resolve("a").toString());
    assertEquals(0, quiet.status(), quiet.err());
    List<String> lines = quiet.err().lines().toList();
    assertEquals(1, lines.size(), "no progress when standard error is not a terminal: " + lines);
    assertTrue(
        lines
            .get(0)
            .matches(
                "decision-notices: wrote "
                    + files.size()
                    + " documents from "
                    + files.size()
                    + " inputs in [0-9]+\\.[0-9] s"),
        lines.get(0));

    CliTest.Run shown =
        render(true, files, "--format", "html,pdf", "--out", dir.resolve("b").toString());
    assertEquals(0, shown.status(), shown.err());
    int n = files.size();
    for (int i = 1; i <= n; i++) {
      assertTrue(shown.err().contains("[" + i + "/" + n + "] "), shown.err());
    }
    assertTrue(shown.err().contains("[" + n + "/" + n + "] " + files.get(n - 1)), shown.err());
    String last = shown.err().substring(shown.err().lastIndexOf('\r') + 1);
    assertEquals(
        List.of("decision-notices: wrote " + 2 * n + " documents from " + n + " inputs in"),
        last.lines().map(l -> l.replaceFirst(" [0-9.]+ s$", "")).toList(),
        "the progress line is cleared before the summary");
  }

  @Test
  void resultsComeBackInInputOrder() throws IOException {
    List<Parallel.Task<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      tasks.add(
          () -> {
            Thread.sleep((40 - n) % 7); // later tasks often finish first
            return n;
          });
    }
    List<Integer> seen = new ArrayList<>();
    try (Parallel parallel = new Parallel(4)) {
      parallel.run(
          tasks,
          (index, result) -> {
            assertEquals(index, result);
            seen.add(result);
          });
    }
    assertEquals(40, seen.size());
    assertEquals(seen.stream().sorted().toList(), seen);
  }

  @Test
  void aFailureMidwayLeavesNoFileBehind() throws IOException {
    Path out = dir.resolve("out");
    List<Parallel.Task<String>> tasks = new ArrayList<>();
    IOException[] thrown = {null};
    try (OutputFiles outputs = new OutputFiles(out);
        Parallel parallel = new Parallel(3)) {
      for (int i = 0; i < 30; i++) {
        int n = i;
        tasks.add(
            () -> {
              outputs.write(
                  n + ".txt",
                  stream -> {
                    if (n == 17) {
                      throw new IOException("disk full at 17");
                    }
                    stream.write(("file " + n).getBytes(StandardCharsets.UTF_8));
                  });
              return n + ".txt";
            });
      }
      try {
        parallel.run(tasks, (index, name) -> {});
      } catch (IOException e) {
        thrown[0] = e;
      }
    }
    assertEquals("disk full at 17", thrown[0] == null ? null : thrown[0].getMessage());
    assertEquals(List.of(), list(out), "neither finished nor half-written files are left");
  }

  static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
