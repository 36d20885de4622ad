package org.decisionnotices.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.junit.jupiter.api.Test;

/**
 * The W3C Nu Html Checker (the current release, from npm, installed by .ci/install-tools) over
 * every sample page, a branded page and an embedded fragment, in one run of the checker.
 */
class NuHtmlCheckerIT {

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path vnu = Tools.vnu();
    Path dir = Tools.outputDirectory("nu-pages");
    List<String> command =
        new ArrayList<>(
            List.of("java", "-jar", vnu.toString(), "--errors-only", "--format", "json"));
    for (Sample sample : Samples.records()) {
      command.add(write(dir, sample.name(), Pages.render(sample.record())));
    }
    command.add(
        write(
            dir,
            "branded",
            Pages.render(Samples.record("lscb-annual-report"), HtmlBrowserIT.branded())));
    command.add(
        write(
            dir,
            "welsh-draft",
            Pages.render(
                Samples.record("welsh-decision"), RenderOptions.builder().draft(true).build())));
    for (Path meeting : Samples.meetingFiles()) {
      Notice minutes =
          DecisionNotices.create().layoutMinutes(Samples.meeting(meeting), /* full= */ true);
      command.add(
          write(
              dir,
              minutes.id(),
              Pages.render(HtmlRenderer.create(), minutes, RenderOptions.defaults())));
    }
    // The fragment is checked where it will live: inside a council's own page.
    Notice notice = Pages.layout(Samples.record("welsh-decision"), RenderOptions.defaults());
    String article =
        Pages.render(
            HtmlRenderer.builder().fragment(true).build(), notice, RenderOptions.defaults());
    command.add(
        write(
            dir,
            "fragment-in-host-page",
            "<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Council site</title></head>"
                + "<body><header><p>Council site</p></header><main>\n"
                + article
                + "</main></body></html>\n"));

    Tools.Result result = Tools.run(command);
    JsonNode report =
        new ObjectMapper().readTree(result.output().substring(result.output().indexOf('{')));
    JsonNode messages = report.path("messages");
    assertTrue(messages.isArray(), "the checker reported in JSON:\n" + result.output());
    List<String> errors = new ArrayList<>();
    for (JsonNode message : messages) {
      errors.add(
          message.path("type").asText()
              + " in "
              + Path.of(message.path("url").asText()).getFileName()
              + " line "
              + message.path("lastLine").asText()
              + ": "
              + message.path("message").asText()
              + "\n    "
              + message.path("extract").asText().replace("\n", " "));
    }
    if (!errors.isEmpty()) {
      fail(errors.size() + " Nu checker errors:\n" + String.join("\n", errors));
    }
    assertEquals(0, result.status(), "the checker exits 0 on valid pages:\n" + result.output());
  }

  private static String write(Path dir, String name, String html) throws Exception {
    Path file = dir.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file.toString();
  }
}
