package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.Test;

/** Minutes of every sample meeting, public, full and draft, pass PDF/UA-1 and PDF/A-2a. */
class MinutesPdfIT {
  @Test
  void minutesOfEverySampleMeetingConform() throws Exception {
    VeraPdf vera = new VeraPdf();
    DecisionNotices notices = DecisionNotices.create();
    List<String> failures = new ArrayList<>();
    for (Path file : Samples.meetingFiles()) {
      for (boolean full : new boolean[] {false, true}) {
        Notice minutes = notices.layoutMinutes(Samples.meeting(file), full);
        for (RenderOptions options :
            List.of(RenderOptions.defaults(), RenderOptions.builder().draft(true).build())) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          PdfRenderer.create().render(minutes, options, out);
          for (String failure : vera.failures(out.toByteArray())) {
            failures.add(minutes.id() + (options.draft() ? " draft" : "") + ": " + failure);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
