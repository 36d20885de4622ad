package org.decisionnotices.render.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;

/**
 * The sample corpus: every record and meeting the project ships, with the meeting's report PDFs.
 * They are class-path resources of the testkit jar (under {@value #RESOURCES}, copied from the
 * repository's {@code examples/data} when the testkit is built), so they serve any project that has
 * the testkit on its test class path.
 *
 * @since 0.1.0
 */
public final class Samples {
  /** Where the samples are on the class path. */
  public static final String RESOURCES = "org/decisionnotices/render/testkit/samples/";

  private Samples() {}

  /** A sample record, named after its file so that test reports say which one failed. */
  public record Sample(String name, Path file, DecisionRecord record) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A folder holding the samples as files: {@code meeting.json} beside {@code reports/}, as a
   * meeting's folder is laid out. Where the testkit is a jar, its samples are copied once per JVM
   * to a temporary folder, removed when the JVM exits.
   */
  public static Path dataDirectory() {
    return Folder.PATH;
  }

  private static final class Folder {
    static final Path PATH = locate();
  }

  private static Path locate() {
    URL url = Samples.class.getClassLoader().getResource(RESOURCES);
    if (url == null) {
      throw new IllegalStateException(
          RESOURCES + " is missing from the class path: is the testkit jar whole?");
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      if ("jar".equals(url.getProtocol())) {
        return extract((JarURLConnection) url.openConnection());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("samples at " + url + " cannot be read as files");
  }

  private static Path extract(JarURLConnection connection) throws IOException {
    connection.setUseCaches(false);
    Path folder = Files.createTempDirectory("decision-notices-samples");
    List<Path> written = new ArrayList<>();
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (entry.isDirectory() || !entry.getName().startsWith(RESOURCES)) {
          continue;
        }
        Path target = folder.resolve(entry.getName().substring(RESOURCES.length())).normalize();
        if (!target.startsWith(folder)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, target);
        }
        written.add(target);
      }
    }
    // Files first, then their folders: deleteOnExit runs in reverse order of registration.
    folder.toFile().deleteOnExit();
    written.stream().map(Path::getParent).distinct().forEach(d -> d.toFile().deleteOnExit());
    written.forEach(f -> f.toFile().deleteOnExit());
    return folder;
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

  /** The sample record {@code <name>.json}, e.g. {@code lscb-annual-report}. */
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
