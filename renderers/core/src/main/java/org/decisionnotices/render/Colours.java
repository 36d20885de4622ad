package org.decisionnotices.render;

import java.util.regex.Pattern;

/**
 * Colour arithmetic for contrast checks (WCAG 2.2 relative luminance).
 *
 * @since 0.1.0
 */
public final class Colours {
  private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

  private Colours() {}

  /** {@code #RRGGBB} as {@code 0xRRGGBB}. */
  public static int rgb(String hex) {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("colour must be #RRGGBB, but was " + hex);
    }
    return Integer.parseInt(hex.substring(1), 16);
  }

  /** The contrast ratio of two colours, from 1 to 21. */
  public static double contrast(String a, String b) {
    double la = luminance(rgb(a));
    double lb = luminance(rgb(b));
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  public static double contrastOnWhite(String colour) {
    return contrast(colour, "#FFFFFF");
  }

  private static double luminance(int rgb) {
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
