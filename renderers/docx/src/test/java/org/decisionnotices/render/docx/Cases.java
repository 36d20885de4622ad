package org.decisionnotices.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.decisionnotices.render.testkit.TestBranding;

/**
 * The notices the DOCX tests render: every sample plain, every sample branded, one on Letter paper.
 */
record Cases(String name, Notice notice, RenderOptions options) {
  static final String COUNCIL = "Westmere County Council";
  static final String LOGO_ALT = "Westmere County Council logo";
  static final String ACCENT = "#7A1F3D";

  @Override
  public String toString() {
    return name;
  }

  byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DocxRenderer.create().render(notice, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  boolean hasLogo() {
    return options.branding().logo() != null;
  }

  static List<Cases> plainAndBranded() {
    List<Cases> out = new ArrayList<>();
    for (Sample sample : Samples.records()) {
      out.add(of(sample.name(), sample, RenderOptions.defaults()));
      out.add(of(sample.name() + "-branded", sample, brandedOptions()));
    }
    for (Sample sample : List.of(Samples.records().get(0), welsh())) {
      out.add(of(sample.name() + "-draft", sample, draftOptions()));
    }
    out.addAll(minutes());
    return out;
  }

  /** For LibreOffice: each sample once, plus one branded and one on Letter paper. */
  static List<Cases> forLibreOffice() {
    List<Cases> out = new ArrayList<>();
    List<Sample> samples = Samples.records();
    for (Sample sample : samples) {
      out.add(of(sample.name(), sample, RenderOptions.defaults()));
    }
    Sample first = samples.get(0);
    out.add(of(first.name() + "-branded", first, brandedOptions()));
    out.add(of(welsh().name() + "-draft", welsh(), draftOptions()));
    out.addAll(minutes());
    Sample last = samples.get(samples.size() - 1);
    out.add(
        of(
            last.name() + "-letter",
            last,
            RenderOptions.builder().pageSize(PageSize.LETTER).build()));
    return out;
  }

  static Cases of(String name, Sample sample, RenderOptions options) {
    Notice notice =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options)
            .build()
            .layout(sample.record());
    return new Cases(name, notice, options);
  }

  /** The full minutes of every sample meeting, English and Welsh. */
  static List<Cases> minutes() {
    List<Cases> out = new ArrayList<>();
    for (java.nio.file.Path file : Samples.meetingFiles()) {
      Notice minutes =
          DecisionNotices.builder()
              .discoverRenderers(false)
              .build()
              .layoutMinutes(Samples.meeting(file), true);
      out.add(new Cases(minutes.id(), minutes, RenderOptions.defaults()));
    }
    return out;
  }

  static RenderOptions draftOptions() {
    return RenderOptions.builder().draft(true).build();
  }

  private static Sample welsh() {
    return Samples.records().stream()
        .filter(s -> s.record().language().getLanguage().equals("cy"))
        .findFirst()
        .orElseThrow();
  }

  static RenderOptions brandedOptions() {
    return TestBranding.options(COUNCIL, ACCENT);
  }
}
