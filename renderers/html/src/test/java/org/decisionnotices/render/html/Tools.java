package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The external checkers of the browser and validator tests. A missing tool fails the test with the
 * command that installs it: a check that is skipped proves nothing.
 */
final class Tools {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path PDFINFO = Path.of("/usr/bin/pdfinfo");
  static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
  private static final String VNU = ".ci/tools/node_modules/vnu-jar/build/dist/vnu.jar";

  private Tools() {}

  static Path require(Path tool) {
    if (!Files.isExecutable(tool)) {
      fail(tool + " is missing: run .ci/install-tools (as root) from the project root");
    }
    return tool;
  }

  /** The Nu Html Checker installed by .ci/install-tools, found above the working directory. */
  static Path vnu() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".ci"))) {
        Path jar = dir.resolve(VNU);
        if (!Files.isRegularFile(jar)) {
          fail(jar + " is missing: run .ci/install-tools from " + dir);
        }
        return jar;
      }
    }
    return fail("no .ci directory above " + Path.of("").toAbsolutePath() + ", so no " + VNU);
  }

  /** A clean directory under target/ for pages the checkers read. */
  static Path outputDirectory(String name) {
    Path dir = Path.of("target", name).toAbsolutePath();
    try {
      if (Files.isDirectory(dir)) {
        try (var files = Files.list(dir)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.delete(f);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command, returning its exit status and its output (standard error merged in). */
  static Result run(java.util.List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  record Result(int status, String output) {}
}
