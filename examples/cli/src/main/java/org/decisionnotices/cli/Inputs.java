package org.decisionnotices.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.model.json.Problem;
import org.decisionnotices.render.pdf.PdfRenderer;

/** Reporting input problems the way the command line promises: {@code FILE: $.path: message}. */
final class Inputs {
  private Inputs() {}

  static void report(Path file, InvalidInputException e, PrintWriter err) {
    for (Problem problem : e.problems()) {
      err.println(file + ": " + problem);
    }
  }

  /**
   * Reports the characters of {@code document} that no font of the PDF ({@code pdf}) can show, each
   * with its JSON path; {@code true} if there were any.
   */
  static boolean reportUnshowable(Path file, Object document, PdfRenderer pdf, PrintWriter err) {
    return report(file, pdf.unsupportedCharacters((Record) document), err);
  }

  /** Reports {@code problems} of {@code file}; {@code true} if there were any. */
  static boolean report(Path file, List<Problem> problems, PrintWriter err) {
    for (Problem problem : problems) {
      err.println(file + ": " + problem);
    }
    return !problems.isEmpty();
  }

  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
