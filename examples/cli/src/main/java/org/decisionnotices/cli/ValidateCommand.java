package org.decisionnotices.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.pack.AgendaPack;
import org.decisionnotices.pack.PackInputException;
import org.decisionnotices.render.pdf.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks records and meetings against the format and against what the law asks of them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks decision records and meetings. Prints every problem as FILE: $.path: message",
      "and exits 2 if any file is invalid. Also warns (FILE: warning: $.path: message, exit 0)",
      "where a record lacks what the law asks of a published decision."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE.json",
      description = "Records or meetings to check.")
  List<Path> files;

  @Override
  public Integer call() {
    int status = Main.DONE;
    // One renderer for every file: its fonts are read once.
    PdfRenderer pdf = PdfRenderer.create();
    for (Path file : files) {
      try {
        Object document = DecisionJson.readAny(file);
        if (Inputs.reportUnshowable(file, document, pdf, spec.commandLine().getErr())) {
          status = Main.INVALID_INPUT;
          continue;
        }
        List<Object> warnings = new ArrayList<>();
        if (document instanceof Meeting meeting) {
          // The documents are opened as the pack would open them: missing, corrupt or
          // encrypted reports are errors, untagged ones warnings.
          warnings.addAll(AgendaPack.checkDocuments(meeting, file.toAbsolutePath().getParent()));
          warnings.addAll(DecisionJson.warnings(meeting));
        } else {
          warnings.addAll(DecisionJson.warnings((DecisionRecord) document));
        }
        for (Object warning : warnings) {
          spec.commandLine().getErr().println(file + ": warning: " + warning);
        }
        spec.commandLine().getOut().println(file + ": valid");
      } catch (InvalidInputException e) {
        Inputs.report(file, e, spec.commandLine().getErr());
        status = Main.INVALID_INPUT;
      } catch (PackInputException e) {
        e.problems().forEach(problem -> spec.commandLine().getErr().println(file + ": " + problem));
        status = Main.INVALID_INPUT;
      } catch (IOException e) {
        spec.commandLine().getErr().println(file + ": " + Inputs.describe(e));
        status = Math.max(status, Main.INVALID_INPUT);
      }
    }
    return status;
  }
}
