package org.decisionnotices.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code decision-notices} command. Exit status: 0 done, 2 invalid input, 1 any other failure.
 */
@Command(
    name = "decision-notices",
    mixinStandardHelpOptions = true,
    version = "decision-notices 0.1.0",
    description =
        "Renders council decision records and agenda packs as accessible PDF, DOCX and HTML.",
    subcommands = {RenderCommand.class, PackCommand.class, ValidateCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done", "1:any other failure", "2:invalid input"})
public final class Main implements Runnable {
  static final int DONE = 0;
  static final int FAILED = 1;
  static final int INVALID_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command in this JVM, as tests do; returns the exit status. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("decision-notices: " + e.getMessage());
          return FAILED;
        });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: render, pack or validate");
  }
}
