package org.decisionnotices.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.PdfPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Renders decision records into PDF, DOCX and HTML. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders decision records. Writes DIR/<id>.pdf, <id>.docx and <id>.html.",
      "Given a meeting, renders its decisions list as DIR/<meeting id>-decisions.*.",
      "Every input is checked first: if any is invalid, nothing is written (exit 2).",
      "A failed run leaves no partial output file behind."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "RECORD.json",
      description = "Decision records (or meetings) to render.")
  List<Path> files;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description = "Formats to write, comma-separated (default: pdf,docx,html).")
  List<String> formats = List.of("pdf", "docx", "html");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: the current folder).")
  Path out = Path.of(".");

  @Option(
      names = "--png",
      description = "Also write PNG images of each PDF's pages into DIR/<id>-pages/, to look at.")
  boolean png;

  @Mixin LookOptions look = new LookOptions();

  @Override
  public Integer call() throws IOException {
    List<Object> documents = new ArrayList<>();
    boolean invalid = false;
    for (Path file : files) {
      try {
        documents.add(DecisionJson.readAny(file));
      } catch (InvalidInputException e) {
        Inputs.report(file, e, spec.commandLine().getErr());
        invalid = true;
      } catch (IOException e) {
        spec.commandLine().getErr().println(file + ": " + Inputs.describe(e));
        invalid = true;
      }
    }
    if (invalid) {
      return Main.INVALID_INPUT;
    }
    DecisionNotices notices;
    try {
      notices = DecisionNotices.builder().options(look.toRenderOptions()).build();
    } catch (IllegalArgumentException | IOException e) {
      spec.commandLine().getErr().println("decision-notices: " + Inputs.describe(e));
      return Main.INVALID_INPUT;
    }
    Set<Format> wanted = new LinkedHashSet<>();
    if (png) {
      wanted.add(Format.PDF);
    }
    for (String id : formats) {
      Format format = Format.of(id);
      if (!notices.formats().contains(format)) {
        spec.commandLine()
            .getErr()
            .println(
                "decision-notices: format not available: "
                    + id
                    + " (available: "
                    + ids(notices.formats())
                    + ")");
        return Main.FAILED;
      }
      wanted.add(format);
    }
    try (OutputFiles outputs = new OutputFiles(out)) {
      for (Object document : documents) {
        Notice notice =
            document instanceof Meeting meeting
                ? notices.layout(meeting)
                : notices.layout((DecisionRecord) document);
        for (Format format : wanted) {
          if (png && format.equals(Format.PDF)) {
            // Rendered once, for the file and for its page images.
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            notices.render(notice, Format.PDF, pdf);
            outputs.write(notice.id() + "." + format.extension(), pdf::writeTo);
            outputs.writeFolder(
                notice.id() + "-pages",
                folder -> PdfPreview.writePngs(pdf.toByteArray(), folder, 96));
          } else {
            outputs.write(
                notice.id() + "." + format.extension(),
                stream -> notices.render(notice, format, stream));
          }
        }
      }
      for (Path written : outputs.commit()) {
        spec.commandLine().getOut().println(written);
      }
    }
    return Main.DONE;
  }

  private static String ids(Set<Format> formats) {
    return formats.isEmpty()
        ? "none"
        : String.join(", ", formats.stream().map(Format::id).toList());
  }
}
