package org.decisionnotices.render.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * Reads the small markup a notice template produces into a {@link Notice}. Empty fields,
 * paragraphs, lists, tables and sections are dropped here, so templates need no conditionals for
 * optional values. Whitespace in text collapses as in HTML.
 */
public final class MarkupReader {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    // The markup comes from a template: no DTDs, no external entities.
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private final XMLStreamReader in;
  private final Map<String, List<Block>> prose;
  // The key of the section being read, so that a failure can name it.
  private String section;

  private MarkupReader(XMLStreamReader in, Map<String, List<Block>> prose) {
    this.in = in;
    this.prose = prose;
  }

  /** The markup could not be read; {@link #section()} says where, if in a section. */
  public static final class MarkupException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String section;

    MarkupException(String section, String message, Throwable cause) {
      super(message, cause);
      this.section = section;
    }

    /** The key of the section being read, or {@code null}. */
    public String section() {
      return section;
    }
  }

  /**
   * @param prose the blocks that {@code <prose ref="…"/>} may name; a missing name is empty
   * @throws MarkupException if the markup is malformed or uses an unknown element
   */
  public static Notice read(
      String markup, String id, Locale language, LocalDate date, Map<String, List<Block>> prose) {
    MarkupReader reader = null;
    try {
      XMLStreamReader in = XML.createXMLStreamReader(new StringReader(markup));
      try {
        reader = new MarkupReader(in, prose);
        return reader.notice(id, language, date);
      } finally {
        in.close();
      }
    } catch (XMLStreamException e) {
      throw new MarkupException(
          reader == null ? null : reader.section,
          "the notice template produced malformed markup: " + e.getMessage(),
          e);
    } catch (IllegalArgumentException e) {
      throw new MarkupException(reader == null ? null : reader.section, e.getMessage(), e);
    }
  }

  private Notice notice(String id, Locale language, LocalDate date) throws XMLStreamException {
    in.nextTag();
    expect("notice");
    String title = collapse(attribute("title", true));
    List<Section> sections = new ArrayList<>();
    while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
      expect("section");
      Section section = section();
      if (section != null) {
        sections.add(section);
      }
    }
    return new Notice(id, title, language, date, sections);
  }

  private Section section() throws XMLStreamException {
    String key = attribute("key", true);
    section = key;
    String heading = attribute("heading", false);
    String lang = attribute("lang", false);
    List<Part> parts = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (in.getLocalName()) {
        case "fields":
          flush(blocks, parts);
          FieldList fields = fields();
          if (fields != null) {
            parts.add(fields);
          }
          break;
        case "table":
          flush(blocks, parts);
          Table table = table();
          if (table != null) {
            parts.add(table);
          }
          break;
        case "prose":
          blocks.addAll(prose.getOrDefault(attribute("ref", true), List.of()));
          in.nextTag();
          break;
        case "p":
          List<Inline> inlines = inlines();
          if (!inlines.isEmpty()) {
            blocks.add(new Paragraph(inlines));
          }
          break;
        case "ul":
        case "ol":
          ListBlock list = list("ol".equals(in.getLocalName()));
          if (list != null) {
            blocks.add(list);
          }
          break;
        default:
          throw unexpected();
      }
    }
    flush(blocks, parts);
    if (parts.isEmpty()) {
      section = null;
      return null;
    }
    Section done =
        new Section(
            key,
            heading == null ? null : collapse(heading),
            lang == null ? null : Locale.forLanguageTag(lang),
            parts);
    section = null;
    return done;
  }

  private static void flush(List<Block> blocks, List<Part> parts) {
    if (!blocks.isEmpty()) {
      parts.add(new Blocks(blocks));
      blocks.clear();
    }
  }

  private FieldList fields() throws XMLStreamException {
    List<Field> fields = new ArrayList<>();
    while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
      expect("field");
      String key = attribute("key", true);
      String label = collapse(attribute("label", true));
      List<Inline> value = inlines();
      if (!value.isEmpty()) {
        fields.add(new Field(key, label, value));
      }
    }
    return fields.isEmpty() ? null : new FieldList(fields);
  }

  private Table table() throws XMLStreamException {
    String caption = collapse(attribute("caption", true));
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
      expect("tr");
      List<String> cells = new ArrayList<>();
      boolean headerRow = false;
      while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
        headerRow = "th".equals(in.getLocalName());
        if (!headerRow && !"td".equals(in.getLocalName())) {
          throw unexpected();
        }
        cells.add(Inline.plainText(inlines()));
      }
      if (headerRow && header == null) {
        header = cells;
      } else {
        rows.add(cells);
      }
    }
    if (header == null) {
      throw new IllegalArgumentException(
          "a table in the notice template has no header row of <th> cells");
    }
    return rows.isEmpty() ? null : new Table(caption, header, rows);
  }

  private ListBlock list(boolean ordered) throws XMLStreamException {
    List<ListItem> items = new ArrayList<>();
    while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
      expect("li");
      List<Inline> inlines = inlines();
      if (!inlines.isEmpty()) {
        items.add(new ListItem(List.of(new Paragraph(inlines))));
      }
    }
    return items.isEmpty() ? null : new ListBlock(ordered, 1, items);
  }

  /** The inline content of the current element, up to its end tag; trimmed and collapsed. */
  private List<Inline> inlines() throws XMLStreamException {
    List<Inline> out = new ArrayList<>();
    readInlines(out);
    trim(out);
    return out;
  }

  private void readInlines(List<Inline> out) throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        appendText(out, in.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        switch (in.getLocalName()) {
          case "br":
            in.nextTag();
            out.add(new LineBreak());
            break;
          case "a":
            {
              String href = attribute("href", true);
              List<Inline> children = new ArrayList<>();
              readInlines(children);
              if (Link.isAllowedTarget(href)) {
                out.add(new Link(href, children));
              } else {
                out.addAll(children);
              }
              break;
            }
          case "em":
            {
              List<Inline> children = new ArrayList<>();
              readInlines(children);
              out.add(new Emphasis(children));
              break;
            }
          case "strong":
            {
              List<Inline> children = new ArrayList<>();
              readInlines(children);
              out.add(new Strong(children));
              break;
            }
          default:
            throw unexpected();
        }
      }
    }
  }

  private static void appendText(List<Inline> out, String raw) {
    String text = raw.replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text previous) {
      String joined = previous.text() + text;
      out.set(out.size() - 1, new Text(joined.replace("  ", " ")));
    } else {
      out.add(new Text(text));
    }
  }

  /** Drops leading and trailing white space, and spaces next to line breaks. */
  private static void trim(List<Inline> out) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof Text t) {
        boolean atStart = i == 0 || out.get(i - 1) instanceof LineBreak;
        boolean atEnd = i == out.size() - 1 || out.get(i + 1) instanceof LineBreak;
        String s = t.text();
        if (atStart) {
          s = s.stripLeading();
        }
        if (atEnd) {
          s = s.stripTrailing();
        }
        if (s.isEmpty()) {
          out.remove(i--);
        } else {
          out.set(i, new Text(s));
        }
      }
    }
    while (!out.isEmpty() && out.get(0) instanceof LineBreak) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof LineBreak) {
      out.remove(out.size() - 1);
    }
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private String attribute(String name, boolean required) {
    String value = in.getAttributeValue(null, name);
    if (value == null && required) {
      throw new IllegalArgumentException(
          "<" + in.getLocalName() + "> in the notice template needs a " + name + " attribute");
    }
    return value;
  }

  private void expect(String name) {
    if (!name.equals(in.getLocalName())) {
      throw unexpected();
    }
  }

  private IllegalArgumentException unexpected() {
    return new IllegalArgumentException(
        "the notice template produced <"
            + in.getLocalName()
            + "> at line "
            + in.getLocation().getLineNumber()
            + ", where it is not allowed");
  }
}
