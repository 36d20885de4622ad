package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every sample and meeting in every format gives the same bytes in two fresh JVMs as in this one,
 * one of them in another time zone and locale. Within one JVM the renderers' contract tests already
 * check this; across JVMs, anything ordered by identity hashes or by reflection (docx4j's JAXB
 * context declares its namespaces in such an order) or taken from the clock or the platform would
 * show here.
 */
class SameBytesInEveryJvmIT {

  /** Prints one line per document and format: its name, the format and the SHA-256 of its bytes. */
  public static final class Digests {
    public static void main(String[] args) throws Exception {
      System.out.print(String.join("\n", digests()));
    }
  }

  private static List<String> digests() throws Exception {
    DecisionNotices notices = DecisionNotices.create();
    List<String> lines = new ArrayList<>();
    for (Format format : List.of(Format.PDF, Format.DOCX, Format.HTML)) {
      for (Samples.Sample sample : Samples.records()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notices.render(sample.record(), format, out);
        lines.add(line(sample.name(), format, out));
      }
      for (Path file : Samples.meetingFiles()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notices.render(Samples.meeting(file), format, out);
        lines.add(line(file.getFileName().toString(), format, out));
      }
    }
    return lines;
  }

  private static String line(String name, Format format, ByteArrayOutputStream out)
      throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
    return name + " " + format.id() + " " + HexFormat.of().formatHex(digest);
  }

  private static Process fork(String... options) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Digests.class.getName()));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static List<String> output(Process process) throws Exception {
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "the forked JVM failed; its output: " + out);
    return List.of(out.split("\n"));
  }

  /** The lines of {@code there} that differ from {@code here}'s. */
  private static List<String> differences(List<String> here, List<String> there) {
    assertEquals(here.size(), there.size(), "documents rendered: " + there);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < here.size(); i++) {
      if (!here.get(i).equals(there.get(i))) {
        differences.add(there.get(i) + " (here " + here.get(i) + ")");
      }
    }
    return differences;
  }

  @Test
  void twoFreshJvmsWriteTheBytesOfThisOne() throws Exception {
    Process plain = fork();
    Process elsewhere =
        fork("-Duser.timezone=Pacific/Chatham", "-Duser.language=tr", "-Duser.country=TR");
    List<String> here = digests();
    assertEquals(List.of(), differences(here, output(plain)), "a fresh JVM");
    assertEquals(
        List.of(),
        differences(here, output(elsewhere)),
        "a fresh JVM in another time zone and locale");
  }
}
