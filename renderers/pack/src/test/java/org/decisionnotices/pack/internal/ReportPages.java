package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/** For tests outside this package: how many pages the pack takes from a report. */
public final class ReportPages {
  private ReportPages() {}

  public static int count(Path report) throws IOException {
    try (PDDocument pdf = ReportFile.open(report)) {
      ReportForm.flatten(pdf);
      return PageTree.pages(pdf).size();
    }
  }
}
