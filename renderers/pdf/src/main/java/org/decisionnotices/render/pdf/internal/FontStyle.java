package org.decisionnotices.render.pdf.internal;

/**
 * The four faces of the body font; prose emphasis picks italic, strong picks bold. Public because
 * {@code PdfPages} uses it; not API.
 */
public enum FontStyle {
  REGULAR("LiberationSans-Regular.ttf"),
  BOLD("LiberationSans-Bold.ttf"),
  ITALIC("LiberationSans-Italic.ttf"),
  BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

  private final String file;

  FontStyle(String file) {
    this.file = file;
  }

  /** Class-path resource holding this face. */
  String resource() {
    return "liberation/" + file;
  }

  FontStyle withBold() {
    return this == ITALIC || this == BOLD_ITALIC ? BOLD_ITALIC : BOLD;
  }

  FontStyle withItalic() {
    return this == BOLD || this == BOLD_ITALIC ? BOLD_ITALIC : ITALIC;
  }
}
