package org.decisionnotices.render;

import java.util.Objects;

/**
 * How a council's notices look: its name in the header, its logo, and an accent colour for headings
 * and rules. Every renderer applies branding the same way.
 *
 * @param councilName shown in the header, or {@code null} for none
 * @param logo shown in the header, or {@code null} for none
 * @param accentColour {@code #RRGGBB}; it must reach a contrast of at least 4.5:1 against white,
 *     since headings are drawn in it (WCAG 2.2, 1.4.3)
 * @since 0.1.0
 */
public record Branding(String councilName, Logo logo, String accentColour) {

  /** No council name, no logo, and a dark blue accent (contrast 10.4:1 on white). */
  public static final Branding NONE = new Branding(null, null, "#1D4F91");

  /** The smallest contrast an accent colour must reach against white. */
  public static final double MIN_CONTRAST = 4.5;

  public Branding {
    Objects.requireNonNull(accentColour, "accentColour must not be null");
    double contrast = Colours.contrastOnWhite(accentColour);
    if (contrast < MIN_CONTRAST) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "accentColour %s has a contrast of %.2f:1 against white; at least %.1f:1 is needed",
              accentColour,
              contrast,
              MIN_CONTRAST));
    }
    accentColour = accentColour.toUpperCase(java.util.Locale.ROOT);
  }

  /** The accent colour as {@code 0xRRGGBB}. */
  public int accentRgb() {
    return Colours.rgb(accentColour);
  }
}
