package org.decisionnotices.render.html.internal;

import com.github.mustachejava.util.HtmlEscaper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.ParagraphDirection;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * The article's sections and their prose, written in Java straight into the page rather than by
 * Mustache. Every text and attribute value is escaped by Mustache's own escaper, as double braces
 * would; only the tag names are ours. Mustache looked up each value by reflection and ran a partial
 * per piece of prose, which made the body cost twice the rest of the page; building the markup as
 * strings before writing it copied it twice more.
 */
final class Markup {
  /** Marks a link whose text is its address, so that the print style does not repeat it. */
  static final String SHOWS_ADDRESS = "shows-address";

  private final Utf8Buffer out;

  private Markup(Utf8Buffer out) {
    this.out = out;
  }

  /**
   * Writes every section of {@code notice}, each ending with a line break, as the article holds
   * them; heading ids start with {@code idPrefix}.
   */
  static void sections(Notice notice, String idPrefix, Utf8Buffer out) {
    Markup markup = new Markup(out);
    Set<String> ids = new HashSet<>();
    ids.add(idPrefix + "-title");
    for (Section section : notice.sections()) {
      String headingId = null;
      if (section.heading() != null) {
        // Section keys come from a template and may repeat; ids must not.
        String base = idPrefix + "-" + PageView.idSafe(section.key());
        headingId = base;
        for (int n = 2; !ids.add(headingId); n++) {
          headingId = base + "-" + n;
        }
      }
      String lang =
          section.language() == null || section.language().equals(notice.language())
              ? null
              : section.language().toLanguageTag();
      markup.section(section, headingId, lang);
    }
  }

  private void section(Section section, String headingId, String lang) {
    raw("<section class=\"notice-section section-").escaped(PageView.idSafe(section.key()));
    raw("\"");
    attribute("aria-labelledby", headingId);
    attribute("lang", lang);
    raw(">\n");
    if (present(section.heading())) {
      raw("<h2 id=\"").escaped(headingId).raw("\">");
      escaped(section.heading()).raw("</h2>\n");
    }
    for (Part part : section.parts()) {
      if (part instanceof FieldList list) {
        fields(list);
      } else if (part instanceof Table table) {
        table(table);
      } else if (part instanceof Blocks blocks) {
        blocks.blocks().forEach(this::block);
      } else {
        throw new IllegalArgumentException("unknown part " + part.getClass().getName());
      }
      raw("\n");
    }
    raw("</section>\n");
  }

  private void fields(FieldList list) {
    raw("<dl class=\"fields\">\n");
    for (Field field : list.fields()) {
      raw("<div class=\"field field-").escaped(PageView.idSafe(field.key())).raw("\">\n<dt>");
      escaped(field.label()).raw("</dt>\n<dd");
      rightToLeftIf(ParagraphDirection.isRightToLeft(field.value()));
      raw(">");
      inlines(field.value());
      raw("</dd>\n</div>\n");
    }
    raw("</dl>\n");
  }

  private void table(Table table) {
    raw("<table>\n<caption>").escaped(table.caption()).raw("</caption>\n");
    raw("<thead>\n<tr>");
    for (String header : table.header()) {
      raw("<th scope=\"col\">").escaped(header).raw("</th>");
    }
    raw("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      // The first cell names the row, so it is written as a row header.
      String rowHeader = row.isEmpty() ? null : row.get(0);
      raw("<tr><th scope=\"row\"");
      rightToLeftIf(ParagraphDirection.isRightToLeft(rowHeader));
      raw(">").escaped(rowHeader).raw("</th>");
      for (String cell : row.subList(Math.min(1, row.size()), row.size())) {
        raw("<td");
        rightToLeftIf(ParagraphDirection.isRightToLeft(cell));
        raw(">").escaped(cell).raw("</td>");
      }
      raw("</tr>\n");
    }
    raw("</tbody>\n</table>\n");
  }

  private void block(Block block) {
    if (block instanceof Paragraph paragraph) {
      raw("<p");
      rightToLeftIf(ParagraphDirection.isRightToLeft(paragraph.inlines()));
      raw(">");
      inlines(paragraph.inlines());
      raw("</p>\n");
    } else if (block instanceof ListBlock list) {
      String name = list.ordered() ? "ol" : "ul";
      raw("<").raw(name);
      if (list.ordered() && list.start() != 1) {
        attribute("start", Integer.toString(list.start()));
      }
      raw(">\n");
      for (ListItem item : list.items()) {
        raw("<li");
        rightToLeftIf(ParagraphDirection.isRightToLeft(item));
        raw(">");
        // A one-paragraph item is written without <p>, as lists usually are.
        if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Paragraph only) {
          inlines(only.inlines());
        } else {
          item.blocks().forEach(this::block);
        }
        raw("</li>\n");
      }
      raw("</").raw(name).raw(">\n");
    }
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        escaped(text.text());
      } else if (inline instanceof LineBreak) {
        raw("<br>");
      } else if (inline instanceof Emphasis emphasis) {
        element("em", emphasis.children());
      } else if (inline instanceof Strong strong) {
        element("strong", strong.children());
      } else if (inline instanceof Span span) {
        raw("<span");
        attribute("lang", span.languageTag());
        attribute("dir", span.isRightToLeft() ? "rtl" : null);
        raw(">");
        inlines(span.children());
        raw("</span>");
      } else if (inline instanceof Link link) {
        // A Link's target is always https, http or mailto: the record refuses anything else.
        raw("<a");
        attribute("href", link.target());
        attribute("class", showsAddress(link) ? SHOWS_ADDRESS : null);
        raw(">");
        inlines(link.children());
        raw("</a>");
      }
    }
  }

  private void element(String name, List<Inline> children) {
    raw("<").raw(name).raw(">");
    inlines(children);
    raw("</").raw(name).raw(">");
  }

  /**
   * Whether the link's text is its address: the whole URL, or for {@code mailto:} the email address
   * alone. Case is ignored, as readers of paper would ignore it.
   */
  static boolean showsAddress(Link link) {
    String text = Inline.plainText(link.children()).strip();
    String target = link.target();
    String mailto = "mailto:";
    String address =
        target.regionMatches(true, 0, mailto, 0, mailto.length())
            ? target.substring(mailto.length())
            : target;
    return text.equalsIgnoreCase(target) || text.equalsIgnoreCase(address);
  }

  /** As a Mustache section: nothing for null or empty. */
  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }

  private Markup raw(String markup) {
    out.write(markup);
    return this;
  }

  /** As {@code {{value}}}: nothing for null. */
  private Markup escaped(String value) {
    if (value != null) {
      HtmlEscaper.escape(value, out);
    }
    return this;
  }

  /** As {@code {{#value}} name="{{value}}"{{/value}}}. */
  /**
   * {@code dir="rtl"} on a block whose first strong character is right to left; a left-to-right
   * block, the page's own direction, gets no attribute. Not {@code dir="auto"}: the browser skips a
   * marked passage ({@code <span lang="ur" dir="rtl">}) that opens the block.
   */
  private void rightToLeftIf(boolean rightToLeft) {
    attribute("dir", rightToLeft ? "rtl" : null);
  }

  private void attribute(String name, String value) {
    if (present(value)) {
      raw(" ").raw(name).raw("=\"").escaped(value).raw("\"");
    }
  }
}
