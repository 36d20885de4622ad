package org.decisionnotices.render.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The samples come from the class path, not from a folder above the working directory: the copy the
 * build puts in the testkit's classes (or, from a jar, a temporary folder).
 */
class SamplesTest {
  @Test
  void theSamplesAreTheTestkitsOwnResources() throws Exception {
    Path folder = Samples.dataDirectory();
    Path expected = Path.of(Samples.class.getClassLoader().getResource(Samples.RESOURCES).toURI());
    assertEquals(expected, folder);
    assertTrue(
        folder.endsWith(Path.of("org", "decisionnotices", "render", "testkit", "samples")),
        folder.toString());
  }

  @Test
  void everyRecordMeetingAndReportIsThere() throws Exception {
    assertEquals(
        List.of(
            "cabinet-key-decision",
            "community-languages-grants",
            "lscb-annual-report",
            "officer-decision",
            "welsh-decision"),
        Samples.records().stream().map(Samples.Sample::name).toList());
    assertEquals(
        List.of("meeting-cy.json", "meeting.json"),
        Samples.meetingFiles().stream().map(f -> f.getFileName().toString()).toList());
    // The English translations of the Welsh samples, for bilingual documents.
    assertTrue(
        Files.isRegularFile(
            Samples.dataDirectory().resolve("translations").resolve("welsh-decision-en.json")));
    assertTrue(
        Files.isRegularFile(
            Samples.dataDirectory().resolve("translations").resolve("meeting-cy-en.json")));
    try (Stream<Path> reports = Files.list(Samples.dataDirectory().resolve("reports"))) {
      assertEquals(4, reports.filter(f -> f.toString().endsWith(".pdf")).count());
    }
    // The meeting's reports are where the meeting names them, as the pack reads them.
    assertTrue(
        Samples.meetingFiles().stream()
            .flatMap(file -> Samples.meeting(file).items().stream())
            .flatMap(item -> item.documents().stream())
            .allMatch(d -> Files.isRegularFile(Samples.dataDirectory().resolve(d.file()))));
  }
}
