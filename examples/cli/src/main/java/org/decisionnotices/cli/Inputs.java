package org.decisionnotices.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.model.json.Problem;

/** Reporting input problems the way the command line promises: {@code FILE: $.path: message}. */
final class Inputs {
  private Inputs() {}

  static void report(Path file, InvalidInputException e, PrintWriter err) {
    for (Problem problem : e.problems()) {
      err.println(file + ": " + problem);
    }
  }

  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
