package org.decisionnotices.render.html.internal;

import com.github.mustachejava.util.HtmlEscaper;
import java.util.List;

/**
 * Prose tokens written as HTML in Java rather than by a Mustache partial per token: the same
 * markup, with every piece of text and every attribute value escaped by Mustache's own escaper, as
 * the template's double braces would. A partial per token made prose the costliest part of the
 * page.
 *
 * @param html markup built only from our own tag names and escaped values; the one value the
 *     templates write with triple braces
 */
record ProseHtml(String html) {

  static ProseHtml of(List<Token> tokens) {
    HtmlTemplate.TextBuffer out = new HtmlTemplate.TextBuffer(64 * tokens.size());
    for (Token token : tokens) {
      Token.Tag start = token.start();
      if (start != null) {
        out.text.append('<');
        out.text.append(start.name());
        if (start.newline()) {
          attribute(out, "start", start.firstNumber());
          out.text.append(">\n");
        } else {
          attribute(out, "href", start.href());
          attribute(out, "class", start.className());
          out.text.append('>');
        }
      }
      if (token.text() != null) {
        HtmlEscaper.escape(token.text(), out);
      }
      Token.Tag end = token.end();
      if (end != null) {
        out.text.append("</");
        out.text.append(end.name());
        out.text.append(end.newline() ? ">\n" : ">");
      }
    }
    return new ProseHtml(out.text.toString());
  }

  private static void attribute(HtmlTemplate.TextBuffer out, String name, String value) {
    // As {{#value}}: an empty value writes no attribute.
    if (value != null && !value.isEmpty()) {
      out.text.append(' ');
      out.text.append(name);
      out.text.append("=\"");
      HtmlEscaper.escape(value, out);
      out.text.append('"');
    }
  }
}
