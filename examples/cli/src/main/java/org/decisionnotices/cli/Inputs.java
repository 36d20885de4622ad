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
   * Reports the characters of {@code document} that no font of the PDF can show, each with its JSON
   * path; {@code true} if there were any.
   */
  static boolean reportUnshowable(Path file, Object document, PrintWriter err) {
    List<Problem> problems = PdfRenderer.create().unsupportedCharacters((Record) document);
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
