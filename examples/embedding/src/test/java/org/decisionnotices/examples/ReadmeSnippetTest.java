package org.decisionnotices.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippet, taken from the README itself, compiled and run as a program in a
 * folder laid out like this repository, so the README cannot show code that does not work.
 */
class ReadmeSnippetTest {
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("## The Java API\\s+```java\\n(.*?)```", Pattern.DOTALL);

  /** What a council's class would import; the snippet itself is quoted as it stands. */
  private static final String IMPORTS =
      String.join(
          "\n",
          "import java.io.*;",
          "import java.nio.file.*;",
          "import org.decisionnotices.model.*;",
          "import org.decisionnotices.model.json.*;",
          "import org.decisionnotices.render.*;");

  @TempDir Path dir;

  static String snippet() throws Exception {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(readme()));
    assertTrue(m.find(), "README.md has a ```java block under '## The Java API'");
    return m.group(1);
  }

  @Test
  void theReadmeSnippetCompilesAndWritesAPdf() throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(
        sources.resolve("ReadmeSnippet.java"),
        IMPORTS
            + "\npublic class ReadmeSnippet {\n  public static void main(String[] args) throws"
            + " Exception {\n"
            + snippet()
            + "  }\n}\n");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests run on a JDK");
    int compiled =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-cp",
            classPath,
            sources.resolve("ReadmeSnippet.java").toString());
    assertEquals(0, compiled, "the snippet compiles");

    // Run where the snippet's relative paths lead: examples/data beside, notice.pdf written here.
    Path run = Files.createDirectories(dir.resolve("run"));
    Path data = Files.createDirectories(run.resolve("examples").resolve("data"));
    Files.copy(
        Samples.dataDirectory().resolve("lscb-annual-report.json"),
        data.resolve("lscb-annual-report.json"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    classes + File.pathSeparator + classPath,
                    "ReadmeSnippet"))
            .directory(run.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("run.log").toFile())
            .start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the snippet finishes");
    assertEquals(
        0, process.exitValue(), () -> "the snippet fails: " + read(dir.resolve("run.log")));

    byte[] pdf = Files.readAllBytes(run.resolve("notice.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
    assertTrue(pdf.length > 5_000, "more than an empty page: " + pdf.length);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static Path readme() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("examples"))) {
        return d.resolve("README.md");
      }
    }
    throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
  }
}
