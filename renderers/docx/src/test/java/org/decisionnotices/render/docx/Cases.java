package org.decisionnotices.render.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.Samples.Sample;

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

  static RenderOptions brandedOptions() {
    return RenderOptions.builder()
        .branding(new Branding(COUNCIL, new Logo(logoPng(), "image/png", LOGO_ALT), ACCENT))
        .build();
  }

  /** A small made-up crest: a shield shape in the accent colour. */
  static byte[] logoPng() {
    BufferedImage image = new BufferedImage(96, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.decode(ACCENT));
    g.fillRoundRect(4, 4, 88, 80, 12, 12);
    g.fillPolygon(new int[] {4, 92, 48}, new int[] {70, 70, 116}, 3);
    g.setColor(Color.WHITE);
    g.fillRect(40, 16, 16, 60);
    g.fillRect(22, 34, 52, 16);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
