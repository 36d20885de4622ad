package org.decisionnotices.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
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

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Every agenda document must exist beside the meeting file; the pack is built from them. */
  static void requireDocumentFiles(Meeting meeting, Path meetingFile) throws InvalidInputException {
    Path folder = meetingFile.toAbsolutePath().getParent();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < meeting.items().size(); i++) {
      AgendaItem item = meeting.items().get(i);
      for (int j = 0; j < item.documents().size(); j++) {
        DocumentRef document = item.documents().get(j);
        if (!Files.isRegularFile(folder.resolve(document.file()))) {
          problems.add(new Problem("$.items[" + i + "].documents[" + j + "].file",
              "item " + item.number() + ": file not found: " + document.file()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
