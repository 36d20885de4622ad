package org.decisionnotices.render.html.internal;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.Writer;
import java.util.List;

/**
 * Markup written in Java rather than by Mustache: the notice's sections and its prose. The result
 * is the markup the templates used to write, byte for byte, with every text and attribute value
 * escaped by Mustache's own escaper as double braces would; only the tag names are ours. Mustache
 * looked up each value by reflection and ran a partial per prose token, which made the article body
 * cost twice the rest of the page.
 *
 * @param html markup of our own tags and escaped values; the one value the templates write with
 *     triple braces
 */
record Markup(String html) {

  /** Prose tokens: start tags, text and end tags, in order. */
  static Markup prose(List<Token> tokens) {
    Out out = new Out(64 * tokens.size());
    prose(tokens, out);
    return new Markup(out.text.toString());
  }

  /** Every section, each ending with a line break, as the article holds them. */
  static Markup sections(List<PageView.SectionView> sections) {
    Out out = new Out(8 * 1024);
    for (PageView.SectionView section : sections) {
      out.raw("<section class=\"notice-section section-").escaped(section.key()).raw("\"");
      out.attribute("aria-labelledby", section.headingId());
      out.attribute("lang", section.lang());
      out.raw(">\n");
      if (present(section.heading())) {
        out.raw("<h2 id=\"").escaped(section.headingId()).raw("\">");
        out.escaped(section.heading()).raw("</h2>\n");
      }
      for (PageView.PartView part : section.parts()) {
        if (part.fieldList() != null) {
          out.raw("<dl class=\"fields\">\n");
          for (PageView.FieldView field : part.fieldList().fields()) {
            out.raw("<div class=\"field field-").escaped(field.key()).raw("\">\n<dt>");
            out.escaped(field.label()).raw("</dt>\n<dd>");
            if (field.value() != null) {
              out.raw(field.value().html());
            }
            out.raw("</dd>\n</div>\n");
          }
          out.raw("</dl>\n");
        }
        if (part.table() != null) {
          PageView.TableView table = part.table();
          out.raw("<table>\n<caption>").escaped(table.caption()).raw("</caption>\n");
          out.raw("<thead>\n<tr>");
          for (String header : table.header()) {
            out.raw("<th scope=\"col\">").escaped(header).raw("</th>");
          }
          out.raw("</tr>\n</thead>\n<tbody>\n");
          for (PageView.RowView row : table.rows()) {
            out.raw("<tr><th scope=\"row\">").escaped(row.rowHeader()).raw("</th>");
            for (String cell : row.cells()) {
              out.raw("<td>").escaped(cell).raw("</td>");
            }
            out.raw("</tr>\n");
          }
          out.raw("</tbody>\n</table>\n");
        }
        if (part.prose() != null) {
          out.raw(part.prose().html());
        }
        out.raw("\n");
      }
      out.raw("</section>\n");
    }
    return new Markup(out.text.toString());
  }

  private static void prose(List<Token> tokens, Out out) {
    for (Token token : tokens) {
      Token.Tag start = token.start();
      if (start != null) {
        out.raw("<").raw(start.name());
        if (start.newline()) {
          out.attribute("start", start.firstNumber());
          out.raw(">\n");
        } else {
          out.attribute("href", start.href());
          out.attribute("class", start.className());
          if (start.lang() != null) {
            out.attribute("lang", start.lang().tag());
            out.attribute("dir", start.lang().dir());
          }
          out.raw(">");
        }
      }
      out.escaped(token.text());
      Token.Tag end = token.end();
      if (end != null) {
        out.raw("</").raw(end.name()).raw(end.newline() ? ">\n" : ">");
      }
    }
  }

  /** As a Mustache section: nothing for null or empty. */
  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }

  /** A StringBuilder that Mustache's escaper can write into, without StringWriter's lock. */
  private static final class Out extends Writer {
    final StringBuilder text;

    Out(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    Out raw(String markup) {
      text.append(markup);
      return this;
    }

    /** As {@code {{value}}}: nothing for null. */
    Out escaped(String value) {
      if (value != null) {
        HtmlEscaper.escape(value, this);
      }
      return this;
    }

    /** As {@code {{#value}} name="{{value}}"{{/value}}}. */
    void attribute(String name, String value) {
      if (present(value)) {
        raw(" ").raw(name).raw("=\"").escaped(value).raw("\"");
      }
    }
  }
}
