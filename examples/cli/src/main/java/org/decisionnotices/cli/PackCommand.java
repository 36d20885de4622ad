package org.decisionnotices.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.pack.AgendaPack;
import org.decisionnotices.pack.PackInputException;
import org.decisionnotices.pack.PackProblem;
import org.decisionnotices.pack.PackResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assembles a meeting's agenda pack. */
@Command(
    name = "pack",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the public agenda pack of a meeting: front sheet, agenda, then every item's",
      "reports and appendices, page-numbered and bookmarked, exempt items withheld."
    })
final class PackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MEETING.json", description = "The meeting.")
  Path meeting;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PACK.pdf",
      description = "The pack to write.")
  Path out;

  @Option(
      names = "--full",
      description = "Include exempt items, each page marked \"Not for publication\".")
  boolean full;

  @Mixin LookOptions look = new LookOptions();

  @Override
  public Integer call() throws IOException {
    Meeting input;
    try {
      input = DecisionJson.readMeeting(meeting);
    } catch (InvalidInputException e) {
      Inputs.report(meeting, e, spec.commandLine().getErr());
      return Main.INVALID_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println(meeting + ": " + Inputs.describe(e));
      return Main.INVALID_INPUT;
    }
    AgendaPack pack;
    try {
      pack = AgendaPack.builder().full(full).options(look.toRenderOptions()).build();
    } catch (IllegalArgumentException | IOException e) {
      spec.commandLine().getErr().println("decision-notices: " + Inputs.describe(e));
      return Main.INVALID_INPUT;
    }
    Path folder = out.toAbsolutePath().getParent();
    try (OutputFiles outputs = new OutputFiles(folder)) {
      PackResult[] result = new PackResult[1];
      outputs.write(
          out.getFileName().toString(),
          stream -> result[0] = pack.write(input, meeting.toAbsolutePath().getParent(), stream));
      for (PackProblem warning : result[0].warnings()) {
        spec.commandLine().getErr().println(meeting + ": warning: " + warning);
      }
      outputs.commit();
      spec.commandLine().getOut().println(out + " (" + result[0].pageCount() + " pages)");
    } catch (PackInputException e) {
      for (PackProblem problem : e.problems()) {
        spec.commandLine().getErr().println(meeting + ": " + problem);
      }
      return Main.INVALID_INPUT;
    }
    return Main.DONE;
  }
}
