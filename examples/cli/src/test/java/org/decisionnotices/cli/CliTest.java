package org.decisionnotices.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in this JVM: exit codes, messages and files as FORMAT.md promises. */
class CliTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  static Path data() {
    return Samples.dataDirectory();
  }

  static List<String> sampleRecords() {
    return Samples.records().stream().map(sample -> sample.file().toString()).toList();
  }

  @Test
  void validateAcceptsEverySampleRecord() throws IOException {
    List<String> files = sampleRecords();
    Run run = run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    assertEquals(
        files.size(), run.out().lines().filter(l -> l.endsWith(": valid")).count(), run.out());
  }

  @Test
  void validateReportsEveryProblemAsFilePathMessage() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"id\": \"bad id\", \"title\": \"t\", \"decisionMaker\": {\"name\": \"x\", \"type\": \"cabinet\"},"
            + " \"status\": \"s\", \"keyDecision\": false, \"dateOfDecision\": \"2025-13-01\", \"decision\": \"d\", \"extra\": 1}");
    Run run = run("validate", bad.toString());
    assertEquals(2, run.status());
    assertEquals(
        List.of(
            bad + ": $.id: must be 1-128 of A-Z a-z 0-9 . _ - (no spaces), but was 'bad id'",
            bad + ": $.dateOfDecision: must be a date YYYY-MM-DD, but was '2025-13-01'",
            bad + ": $.extra: is not a known field"),
        run.err().lines().toList());
  }

  @Test
  void validateWarnsWhereTheLawAsksForMore() throws IOException {
    Path record = dir.resolve("officer.json");
    Files.writeString(
        record,
        "{\"id\": \"o-1\", \"title\": \"Lease\", \"decisionMaker\": {\"name\": \"Director\", \"type\": \"officer\"},"
            + " \"status\": \"Approved\", \"keyDecision\": true, \"dateOfDecision\": \"2025-01-10\", \"decision\": \"Agreed.\"}");
    Run run = run("validate", record.toString());
    assertEquals(0, run.status(), run.err());
    List<String> warnings = run.err().lines().toList();
    assertEquals(3, warnings.size(), run.err());
    assertTrue(warnings.get(0).startsWith(record + ": warning: $.reasons: "), warnings.get(0));
    assertTrue(
        warnings.get(1).startsWith(record + ": warning: $.alternativesConsidered: "),
        warnings.get(1));
    assertTrue(
        warnings.get(2).startsWith(record + ": warning: $.forwardPlanReference: "),
        warnings.get(2));
  }

  @Test
  void validateOpensTheSampleMeetingsReports() {
    Run run = run("validate", data().resolve("meeting.json").toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err(), "every sample report is a tagged PDF");
  }

  @Test
  void validateWarnsOfAnUntaggedReport() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    try (org.apache.pdfbox.pdmodel.PDDocument untagged =
        new org.apache.pdfbox.pdmodel.PDDocument()) {
      untagged.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      untagged.save(reports.resolve("budget.pdf").toFile());
    }
    Path meeting = dir.resolve("meeting.json");
    Files.writeString(
        meeting,
        "{\"id\": \"m\", \"body\": \"Cabinet\", \"date\": \"2025-01-10\", \"items\": [{\"number\": \"4\","
            + " \"title\": \"Budget\", \"documents\": [{\"title\": \"Report\", \"file\": \"reports/budget.pdf\"}]}]}");
    Run run = run("validate", meeting.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                meeting
                    + ": warning: $.items[0].documents[0].file: item 4, 'reports/budget.pdf' is not a tagged PDF"),
        run.err());
  }

  @Test
  void validateNamesMissingFilesOfAMeeting() throws IOException {
    Path meeting = dir.resolve("meeting.json");
    Files.writeString(
        meeting,
        "{\"id\": \"m\", \"body\": \"Cabinet\", \"date\": \"2025-01-10\", \"items\": [{\"number\": \"4\","
            + " \"title\": \"Budget\", \"documents\": [{\"title\": \"Report\", \"file\": \"reports/budget.pdf\"}]}]}");
    Run run = run("validate", meeting.toString());
    assertEquals(2, run.status());
    assertEquals(
        meeting + ": $.items[0].documents[0].file: item 4, 'reports/budget.pdf' does not exist",
        run.err().strip());
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"id\": \"x\",\n}");
    Run run = run("validate", broken.toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith(broken + ": $: is not well-formed JSON: line 3, column"), run.err());
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run run = run("validate", dir.resolve("nope.json").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("nope.json: no such file"), run.err());
  }

  @Test
  void aCharacterNoFontHasIsInvalidInputNamingItsField() throws IOException {
    Path record = dir.resolve("hieroglyph.json");
    Files.writeString(
        record,
        "{\"id\": \"h-1\", \"title\": \"Museum loan\", \"decisionMaker\": {\"name\": \"Director\","
            + " \"type\": \"officer\"}, \"status\": \"Approved\", \"keyDecision\": false,"
            + " \"dateOfDecision\": \"2025-01-10\", \"decision\": \"Loan of the stela (\uD80C\uDC00).\","
            + " \"reasons\": \"r\", \"alternativesConsidered\": \"a\"}");
    Run validate = run("validate", record.toString());
    assertEquals(2, validate.status(), validate.err());
    String line = validate.err().lines().findFirst().orElse("");
    assertTrue(
        line.startsWith(record + ": $.decision: character U+13000 EGYPTIAN HIEROGLYPH A001"),
        validate.err());
    assertTrue(line.contains("Noto Naskh Arabic") && line.contains("Symbola"), line);

    Path out = dir.resolve("out");
    Run render = run("render", record.toString(), "--out", out.toString());
    assertEquals(2, render.status(), render.err());
    assertTrue(render.err().contains("$.decision: character U+13000"), render.err());
    assertTrue(!Files.exists(out) || isEmpty(out), "no output for an invalid run");
    // Without a PDF, nothing needs the glyph.
    Run html = run("render", record.toString(), "--format", "html", "--out", out.toString());
    assertEquals(0, html.status(), html.err());
  }

  @Test
  void manyCharactersNoFontHasAreOneProblemPerField() throws IOException {
    // Eight hieroglyphs (U+13000 to U+13007), each twice, in the decision; one in the title.
    StringBuilder stela = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      stela.appendCodePoint(0x13000 + i % 8);
    }
    Path record = dir.resolve("hieroglyphs.json");
    Files.writeString(
        record,
        "{\"id\": \"h-2\", \"title\": \"Museum loan \uD80C\uDC00\", \"decisionMaker\": {\"name\":"
            + " \"Director\", \"type\": \"officer\"}, \"status\": \"Approved\", \"keyDecision\":"
            + " false, \"dateOfDecision\": \"2025-01-10\", \"decision\": \"Loan of the stela ("
            + stela
            + ").\", \"reasons\": \"r\", \"alternativesConsidered\": \"a\"}");
    String out = dir.resolve("out").toString();
    for (Run run :
        List.of(
            run("validate", record.toString()), run("render", record.toString(), "--out", out))) {
      assertEquals(2, run.status(), run.err());
      List<String> lines = run.err().lines().filter(l -> l.contains("cannot be shown")).toList();
      assertEquals(2, lines.size(), run.err());
      assertTrue(lines.get(0).startsWith(record + ": $.title: character U+13000"), lines.get(0));
      String decision = lines.get(1);
      assertTrue(
          decision.startsWith(
              record
                  + ": $.decision: 8 characters cannot be shown in a PDF: no font has a glyph for"
                  + " U+13000 EGYPTIAN HIEROGLYPH A001"),
          decision);
      assertTrue(decision.contains("U+13004") && !decision.contains("U+13005"), decision);
      assertTrue(decision.contains(" and 3 more (tried Liberation Sans, "), decision);
    }
  }

  @Test
  void renderWritesNothingWhenAnyInputIsInvalid() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{}");
    Path out = dir.resolve("out");
    Run run = run("render", sampleRecords().get(0), bad.toString(), "--out", out.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains(bad + ": $.id: is required"), run.err());
    assertTrue(!Files.exists(out) || isEmpty(out), "no output for an invalid run");
  }

  @Test
  void anUnknownFormatIsNotAvailable() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", sampleRecords().get(0), "--format", "xlsx", "--out", out.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("format not available: xlsx"), run.err());
    assertTrue(!Files.exists(out) || isEmpty(out));
  }

  @Test
  void renderWritesAPdfPerRecordAndPreviewsOnRequest() throws IOException {
    Path out = dir.resolve("out");
    Run run =
        run(
            "render",
            data().resolve("lscb-annual-report.json").toString(),
            "--format",
            "pdf",
            "--png",
            "--out",
            out.toString());
    assertEquals(0, run.status(), run.err());
    String id = "lancashire-hwb-2016-10-24-lscb-annual-report";
    byte[] pdf = Files.readAllBytes(out.resolve(id + ".pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertTrue(Files.size(out.resolve(id + "-pages").resolve("page-1.png")) > 1_000);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of(id + "-pages", id + ".pdf"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no temporary files are left");
    }
  }

  @Test
  void renderWritesEveryFormatByDefault() throws IOException {
    Path out = dir.resolve("out");
    List<String> files = sampleRecords();
    Run run =
        run(
            Stream.concat(Stream.of("render", "--out", out.toString()), files.stream())
                .toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    assertEquals(3 * files.size(), run.out().lines().count(), run.out());
    try (Stream<Path> written = Files.list(out)) {
      List<String> extensions =
          written
              .map(f -> f.toString().substring(f.toString().lastIndexOf('.') + 1))
              .distinct()
              .sorted()
              .toList();
      assertEquals(List.of("docx", "html", "pdf"), extensions);
    }
  }

  @Test
  void packWritesThePublicPackOfTheSampleMeeting() throws IOException {
    Path pack = dir.resolve("pack.pdf");
    Run run = run("pack", data().resolve("meeting.json").toString(), "--out", pack.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(pack + " ("), run.out());
    assertEquals(
        "%PDF-",
        new String(Files.readAllBytes(pack), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
    Path full = dir.resolve("full.pdf");
    assertEquals(
        0,
        run("pack", data().resolve("meeting.json").toString(), "--out", full.toString(), "--full")
            .status());
    assertTrue(Files.size(full) > Files.size(pack), "the full pack includes the exempt report");
  }

  @Test
  void renderingAMeetingWritesItsDecisionsList() throws IOException {
    Path out = dir.resolve("out");
    Run run =
        run(
            "render",
            data().resolve("meeting.json").toString(),
            "--format",
            "html",
            "--out",
            out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("castlebridge-ecc-2025-03-20-decisions.html"), listNames(out));
  }

  @Test
  void packWithAMissingReportWritesNothing() throws IOException {
    Path meeting = dir.resolve("meeting.json");
    Files.writeString(
        meeting,
        "{\"id\": \"m\", \"body\": \"Cabinet\", \"date\": \"2025-01-10\", \"items\": [{\"number\": \"4\","
            + " \"title\": \"Budget\", \"documents\": [{\"title\": \"Report\", \"file\": \"reports/budget.pdf\"}]}]}");
    Path pack = dir.resolve("pack.pdf");
    Run run = run("pack", meeting.toString(), "--out", pack.toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(meeting + ": $.items[0].documents[0].file: item 4, 'reports/budget.pdf' "),
        run.err());
    assertEquals(
        List.of(meeting.getFileName().toString()), listNames(dir), "no pack and no temporary file");
  }

  static List<String> listNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void brandingPaperAndLabelsFromTheCommandLine() throws IOException {
    Path logo = dir.resolve("logo.png");
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", logo.toFile());
    Path out = dir.resolve("out");
    Run run =
        run(
            "render",
            data().resolve("lscb-annual-report.json").toString(),
            "--format=html",
            "--council=Lancashire County Council",
            "--logo=" + logo,
            "--logo-alt=Lancashire County Council logo",
            "--accent=#00703C",
            "--paper=letter",
            "--labels=cy-GB",
            "--out=" + out);
    assertEquals(0, run.status(), run.err());
    String html =
        Files.readString(out.resolve("lancashire-hwb-2016-10-24-lscb-annual-report.html"));
    assertTrue(html.contains("Lancashire County Council"), "council name");
    assertTrue(html.contains("alt=\"Lancashire County Council logo\""), "logo alt text");
    assertTrue(html.contains("#00703C"), "accent colour");
    assertTrue(html.contains("size: letter") || html.contains("size:letter"), "paper size");
    assertTrue(html.contains("Manylion y penderfyniad"), "Welsh labels");
  }

  @Test
  void unusableLookOptionsAreInvalidInputNamingTheOption() throws IOException {
    String seed = data().resolve("lscb-annual-report.json").toString();
    Path out = dir.resolve("out");
    Run pale = run("render", seed, "--accent=#FFCC00", "--out=" + out);
    assertEquals(2, pale.status());
    assertTrue(
        pale.err().startsWith("decision-notices: --accent: accentColour #FFCC00 has a contrast of"),
        pale.err());
    Run noAlt = run("render", seed, "--logo=" + seed, "--out=" + out);
    assertEquals(2, noAlt.status());
    assertTrue(noAlt.err().contains("--logo needs --logo-alt"), noAlt.err());
    Run notImage = run("render", seed, "--logo=" + seed, "--logo-alt=x", "--out=" + out);
    assertEquals(2, notImage.status());
    assertTrue(notImage.err().contains("--logo must be a PNG or JPEG"), notImage.err());
    Run paper =
        run(
            "pack",
            data().resolve("meeting.json").toString(),
            "--paper=a5",
            "--out=" + out.resolve("p.pdf"));
    assertEquals(2, paper.status());
    assertTrue(paper.err().contains("--paper must be a4 or letter"), paper.err());
    assertTrue(!Files.exists(out) || isEmpty(out), "nothing written");
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "pack", "validate"})
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: decision-notices " + command), run.out());
  }

  @Test
  void badUsageIsExit2() {
    assertEquals(2, run("render").status());
    assertEquals(2, run("frobnicate").status());
    assertEquals(2, run().status());
  }

  static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    }
  }
}
