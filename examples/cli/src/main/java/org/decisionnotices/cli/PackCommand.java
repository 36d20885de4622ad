package org.decisionnotices.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.pack.AgendaPack;
import org.decisionnotices.pack.PackInputException;
import org.decisionnotices.pack.PackProblem;
import org.decisionnotices.pack.PackResult;
import org.decisionnotices.render.pdf.PdfRenderer;
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

  @Option(
      names = "--with",
      paramLabel = "TRANSLATION.json",
      description = {
        "The same meeting in the other language: a bilingual front sheet and agenda, Welsh",
        "first, each part marked with its language, page numbers and bookmarks in both; the",
        "reports are MEETING.json's. The two must be the same meeting: same id but for a",
        "-cy/-en ending, same date, time and items."
      })
  Path with;

  @Option(
      names = "--english-first",
      description = "With --with: the English part first (default: Welsh first).")
  boolean englishFirst;

  @Mixin LookOptions look = new LookOptions();

  @Override
  public Integer call() throws IOException {
    if (englishFirst && with == null) {
      spec.commandLine().getErr().println("decision-notices: --english-first goes with --with");
      return Main.INVALID_INPUT;
    }
    Meeting input = read(meeting);
    Meeting translation = with == null ? null : read(with);
    if (input == null || (with != null && translation == null)) {
      return Main.INVALID_INPUT;
    }
    // The front sheet and agenda are PDF pages: a character no font has stops the pack, so it is
    // named by its field first, as render does.
    PrintWriter err = spec.commandLine().getErr();
    PdfRenderer pdf = PdfRenderer.create();
    boolean unshowable = Inputs.reportUnshowable(meeting, input, pdf, err);
    if (translation != null) {
      unshowable |= Inputs.reportUnshowable(with, translation, pdf, err);
    }
    if (unshowable) {
      return Main.INVALID_INPUT;
    }
    if (translation != null) {
      List<String> problems =
          new Publishing(false, false, false)
              .problems(
                  List.of(meeting),
                  List.of(new Publishing.Pair(meeting, input, with, translation)));
      if (!problems.isEmpty()) {
        problems.forEach(spec.commandLine().getErr()::println);
        return Main.INVALID_INPUT;
      }
    }
    AgendaPack pack;
    try {
      pack =
          AgendaPack.builder()
              .full(full)
              .englishFirst(englishFirst)
              .options(look.toRenderOptions())
              .build();
    } catch (IllegalArgumentException | IOException e) {
      spec.commandLine().getErr().println("decision-notices: " + Inputs.describe(e));
      return Main.INVALID_INPUT;
    }
    Path folder = out.toAbsolutePath().getParent();
    try (OutputFiles outputs = new OutputFiles(folder)) {
      PackResult[] result = new PackResult[1];
      outputs.write(
          out.getFileName().toString(),
          stream -> {
            Path meetingFolder = meeting.toAbsolutePath().getParent();
            result[0] =
                translation == null
                    ? pack.write(input, meetingFolder, stream)
                    : pack.write(input, translation, meetingFolder, stream);
          });
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
    } catch (IllegalArgumentException e) {
      // Only a translation that does not match the meeting gets here.
      spec.commandLine().getErr().println(with + ": " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    return Main.DONE;
  }

  /** The meeting in {@code file}, or {@code null} after reporting why it cannot be read. */
  private Meeting read(Path file) {
    try {
      return DecisionJson.readMeeting(file);
    } catch (InvalidInputException e) {
      Inputs.report(file, e, spec.commandLine().getErr());
    } catch (IOException e) {
      spec.commandLine().getErr().println(file + ": " + Inputs.describe(e));
    }
    return null;
  }
}
