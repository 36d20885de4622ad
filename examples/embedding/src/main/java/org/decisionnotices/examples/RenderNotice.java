package org.decisionnotices.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;

/** Renders one decision record as a PDF, the way a council's system would embed the library. */
public final class RenderNotice {
  private RenderNotice() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RenderNotice RECORD.json OUT.pdf");
      System.exit(1);
    }
    try {
      render(Path.of(args[0]), Path.of(args[1]));
    } catch (InvalidInputException e) {
      e.problems().forEach(problem -> System.err.println(args[0] + ": " + problem));
      System.exit(2);
    }
  }

  static void render(Path recordFile, Path pdfFile) throws IOException {
    DecisionRecord record = DecisionJson.readRecord(recordFile);
    DecisionNotices notices =
        DecisionNotices.builder()
            .options(
                RenderOptions.builder()
                    .pageSize(PageSize.A4)
                    .branding(new Branding("Lancashire County Council", null, "#1D4F91"))
                    .build())
            .build();
    try (OutputStream out = Files.newOutputStream(pdfFile)) {
      notices.render(record, Format.PDF, out);
    }
  }
}
