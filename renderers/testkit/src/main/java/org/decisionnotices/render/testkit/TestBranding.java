package org.decisionnotices.render.testkit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.RenderOptions;

/**
 * A council's branding for tests: its name, a small generated PNG crest, an accent colour.
 *
 * @since 0.1.0
 */
public final class TestBranding {
  private TestBranding() {}

  /**
   * Options with {@code council}'s name, a logo whose alt text is "{council} logo", and the accent.
   */
  public static RenderOptions options(String council, String accentColour) {
    return RenderOptions.builder()
        .branding(new Branding(council, logo(council, accentColour), accentColour))
        .build();
  }

  /** A made-up crest in the accent colour, alt text "{council} logo". */
  public static Logo logo(String council, String accentColour) {
    return new Logo(png(Color.decode(accentColour)), "image/png", council + " logo");
  }

  private static byte[] png(Color colour) {
    BufferedImage image = new BufferedImage(96, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
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
