package org.decisionnotices.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            standardErrorIsTerminal()));
  }

  /** Runs the command in this JVM, as tests do; returns the exit status. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, showing progress if {@code terminal}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    ((RenderCommand) cli.getSubcommands().get("render").getCommand()).progressOnTerminal = terminal;
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

  /**
   * Whether standard error is a terminal. Java 17 can only tell whether standard input and output
   * both are ({@code System.console()}); on Linux, where it can, look at what descriptor 2 is.
   */
  private static boolean standardErrorIsTerminal() {
    Path descriptor = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(descriptor)) {
        String target = Files.readSymbolicLink(descriptor).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException e) {
      // Fall through to what the JDK can tell.
    }
    return System.console() != null;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: render, pack or validate");
  }
}
