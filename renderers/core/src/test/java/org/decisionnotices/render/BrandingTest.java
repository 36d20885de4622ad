package org.decisionnotices.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrandingTest {

  @Test
  void contrastFollowsWcag() {
    assertEquals(21.0, Colours.contrast("#000000", "#FFFFFF"), 1e-9);
    assertEquals(1.0, Colours.contrast("#777777", "#777777"), 1e-9);
    assertEquals(4.48, Colours.contrastOnWhite("#777777"), 0.01);
  }

  @Test
  void aPaleAccentIsRefusedWithItsRatio() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Branding("Council", null, "#FFCC00"));
    assertTrue(e.getMessage().contains("#FFCC00 has a contrast of 1."), e.getMessage());
  }

  @Test
  void theDefaultAccentPasses() {
    assertTrue(Colours.contrastOnWhite(Branding.NONE.accentColour()) >= Branding.MIN_CONTRAST);
    assertEquals(0x1D4F91, Branding.NONE.accentRgb());
  }

  @Test
  void aLogoNeedsAltText() {
    assertThrows(IllegalArgumentException.class, () -> new Logo(new byte[] {1}, "image/png", " "));
    assertThrows(
        IllegalArgumentException.class, () -> new Logo(new byte[] {1}, "image/gif", "Council"));
  }

  @Test
  void badColoursAreNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Branding(null, null, "blue"));
    assertTrue(e.getMessage().contains("#RRGGBB"), e.getMessage());
  }
}
