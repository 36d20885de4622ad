package org.decisionnotices.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(names = "--out", required = true, paramLabel = "PACK.pdf", description = "The pack to write.")
  Path out;

  @Option(names = "--full", description = "Include exempt items, each page marked \"Not for publication\".")
  boolean full;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("decision-notices: format not available: agenda packs are not in this build yet");
    return Main.FAILED;
  }
}
