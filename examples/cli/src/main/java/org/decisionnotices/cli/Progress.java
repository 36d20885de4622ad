package org.decisionnotices.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a batch shows on standard error: while it runs, on a terminal only, one line rewritten in
 * place with the count and the current file (so logs and CI output stay clean); at the end, always,
 * one line saying how many documents were written and how long it took.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean onTerminal;
  private final int total;
  private int done;
  private int shown;

  Progress(PrintWriter err, boolean onTerminal, int total) {
    this.err = err;
    this.onTerminal = onTerminal;
    this.total = total;
  }

  /** One more input is rendered. */
  void done(Path file) {
    done++;
    if (onTerminal) {
      String line = "[" + done + "/" + total + "] " + file;
      // Pad over the rest of a longer line shown before.
      err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
      err.flush();
      shown = line.length();
    }
  }

  /** Removes the progress line, if one is shown. */
  void clear() {
    if (onTerminal && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }

  /** The closing line: {@code documents} files written in {@code nanos}. */
  void summary(int documents, long nanos) {
    err.printf(
        Locale.ROOT,
        "decision-notices: wrote %d %s from %d %s in %.1f s%n",
        documents,
        documents == 1 ? "document" : "documents",
        total,
        total == 1 ? "input" : "inputs",
        nanos / 1e9);
    err.flush();
  }
}
