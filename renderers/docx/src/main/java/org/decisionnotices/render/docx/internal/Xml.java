package org.decisionnotices.render.docx.internal;

/**
 * Namespaces and escaping for the parts written as XML text (styles, numbering, header, footer).
 */
final class Xml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

  /** {@code xmlns} declarations for a WordprocessingML root element. */
  static final String WML_NAMESPACES =
      " xmlns:w=\""
          + W
          + "\" xmlns:r=\""
          + R
          + "\" xmlns:wp=\""
          + WP
          + "\" xmlns:a=\""
          + A
          + "\" xmlns:pic=\""
          + PIC
          + "\"";

  private Xml() {}

  /**
   * Text safe in element content and in double-quoted attributes; drops characters XML 1.0 forbids.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              out.append(c);
            }
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Text without characters XML 1.0 forbids, for JAXB, which would write them and break the part.
   */
  static String clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
            .filter(cp -> cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r')
            .filter(cp -> cp != 0xFFFE && cp != 0xFFFF)
            .forEach(out::appendCodePoint);
        return out.toString();
      }
    }
    return text;
  }
}
