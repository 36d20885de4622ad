package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

  /** The classes a run writing the first sample in {@code format} into {@code out} loads. */
  private List<String> classesLoaded(String format, Path out) throws Exception {
    Path log = dir.resolve("classes.txt");
    String record = Samples.records().get(0).file().toString();
    run(
        List.of("render", "--format", format, "--out", out.toString(), record),
        "-Xlog:class+load=info:file=" + log);
    return Files.readAllLines(log);
  }

  /** The lines of {@code loaded} naming a class in one of {@code packages}. */
  private static List<String> from(List<String> loaded, String... packages) {
    return loaded.stream()
        .filter(l -> Stream.of(packages).anyMatch(p -> l.contains(" " + p + ".")))
        .toList();
  }

  @Test
  void aPdfOnlyRunStartsFromTheArchiveAndLoadsNoDocxClasses() throws Exception {
    Path out = dir.resolve("out");
    List<String> loaded = classesLoaded("pdf", out);
    assertTrue(
        loaded.stream().anyMatch(l -> l.contains(" org.apache.pdfbox.pdmodel.PDDocument ")),
        "the log lists the classes loaded");
    long fromArchive = loaded.stream().filter(l -> l.contains("shared objects file (top)")).count();
    assertTrue(
        fromArchive > loaded.size() / 2,
        "most classes come from the build-time archive: " + fromArchive + " of " + loaded.size());
    assertEquals(
        List.of(),
        from(loaded, "org.docx4j", "jakarta.xml.bind", "org.decisionnotices.render.docx"),
        "a PDF-only run loads no DOCX classes");
    assertEquals(1, BatchTest.list(out).size());
  }

  @Test
  void anHtmlOnlyRunLoadsNeitherThePdfNorTheDocxRenderer() throws Exception {
    List<String> loaded = classesLoaded("html", dir.resolve("out"));
    assertTrue(
        loaded.stream().anyMatch(l -> l.contains(" org.decisionnotices.render.html.HtmlRenderer ")),
        "the log lists the classes loaded");
    assertEquals(
        List.of(),
        from(
            loaded,
            "org.docx4j",
            "org.apache.pdfbox",
            "org.decisionnotices.render.docx",
            "org.decisionnotices.render.pdf"),
        "an HTML-only run loads no PDF or DOCX classes");
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
