package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as shipped, after {@code package}: the launcher script beside the jar, its class-data
 * archive, what a PDF-only run loads, and veraPDF's verdict on PDFs written on several threads.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("target", "decision-notices");

  @TempDir Path dir;

  private static String run(List<String> args, String javaOptions) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JAVA_OPTS", javaOptions);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }

  @Test
  void aPdfOnlyRunStartsFromTheArchiveAndLoadsNoDocxClasses() throws Exception {
    Path out = dir.resolve("out");
    Path log = dir.resolve("classes.txt");
    run(
        List.of(
            "render",
            "--format",
            "pdf",
            "--out",
            out.toString(),
            Samples.records().get(0).file().toString()),
        "-Xlog:class+load=info:file=" + log);
    List<String> loaded = Files.readAllLines(log);
    assertTrue(
        loaded.stream().anyMatch(l -> l.contains(" org.apache.pdfbox.pdmodel.PDDocument ")),
        "the log lists the classes loaded");
    long fromArchive = loaded.stream().filter(l -> l.contains("shared objects file (top)")).count();
    assertTrue(
        fromArchive > loaded.size() / 2,
        "most classes come from the build-time archive: " + fromArchive + " of " + loaded.size());
    List<String> docx =
        loaded.stream()
            .filter(
                l ->
                    l.contains(" org.docx4j.")
                        || l.contains(" jakarta.xml.bind.")
                        || l.contains(" org.decisionnotices.render.docx.internal."))
            .toList();
    assertEquals(List.of(), docx, "a PDF-only run loads no DOCX classes");
    assertEquals(1, BatchTest.list(out).size());
  }

  @Test
  void pdfsWrittenOnSeveralThreadsConform() throws Exception {
    List<String> args = new ArrayList<>(List.of("render", "--format", "pdf", "--threads", "4"));
    args.addAll(List.of("--out", dir.resolve("out").toString()));
    args.addAll(BatchTest.batch(dir, 2));
    run(args, "");
    VeraPdf veraPdf = new VeraPdf();
    List<Path> pdfs = BatchTest.list(dir.resolve("out"));
    assertEquals(args.size() - 7, pdfs.size());
    for (Path pdf : pdfs) {
      assertEquals(List.of(), veraPdf.failures(Files.readAllBytes(pdf)), pdf.toString());
    }
  }

  @Test
  void javaJarStaysValid() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "decision-notices.jar").toString(),
                "render",
                "--format",
                "html",
                "--out",
                dir.toString(),
                Samples.records().get(0).file().toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertTrue(output.contains(".html"), output);
  }
}
