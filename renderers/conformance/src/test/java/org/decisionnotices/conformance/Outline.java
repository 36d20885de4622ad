package org.decisionnotices.conformance;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;
import org.decisionnotices.render.testkit.ExpectedText;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The skeleton of a document as a reader meets it: the level-1 heading, each level-2 heading, each
 * field label and each table column heading, in reading order ({@code h1 …}, {@code h2 …}, {@code
 * label …}, {@code th …}). Read from each format by its own reader.
 */
final class Outline {
  private Outline() {}

  /** What every format must show: derived from the layout tree. */
  static List<String> expected(Notice notice) {
    List<String> out = new ArrayList<>();
    out.add("h1 " + notice.title());
    for (Section section : notice.sections()) {
      if (section.heading() != null) {
        out.add("h2 " + section.heading());
      }
      for (Part part : section.parts()) {
        if (part instanceof FieldList fields) {
          for (Field field : fields.fields()) {
            out.add("label " + field.label());
          }
        } else if (part instanceof Table table) {
          table.header().forEach(h -> out.add("th " + h));
        }
      }
    }
    return normalized(out);
  }

  /** HTML: h1, h2, dt and column headers, in document order. */
  static List<String> ofHtml(byte[] html) {
    List<String> out = new ArrayList<>();
    for (Element e :
        Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("h1, h2, dt, th[scope=col]")) {
      String role =
          switch (e.tagName()) {
            case "dt" -> "label";
            case "th" -> "th";
            default -> e.tagName();
          };
      out.add(role + " " + e.text());
    }
    return normalized(out);
  }

  /** PDF: the structure tree's H1, H2, row headers (field labels) and column headers. */
  static List<String> ofPdf(byte[] pdf) throws Exception {
    List<String> out = new ArrayList<>();
    for (PdfStructure.Element e : PdfStructure.read(pdf).elements()) {
      if (e.type().equals("H1") || e.type().equals("H2")) {
        out.add(e.type().toLowerCase(java.util.Locale.ROOT) + " " + e.text());
      } else if (e.type().equals("TH")) {
        out.add(("Row".equals(e.scope()) ? "label " : "th ") + e.text());
      }
    }
    return normalized(out);
  }

  /** DOCX: Heading 1 and 2 paragraphs, field labels and each table's header row. */
  static List<String> ofDocx(byte[] docx) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    List<String> out = new ArrayList<>();
    for (Object child : pkg.getMainDocumentPart().getContent()) {
      Object node = child instanceof JAXBElement<?> e ? e.getValue() : child;
      if (node instanceof P p) {
        String style =
            p.getPPr() == null || p.getPPr().getPStyle() == null
                ? "Normal"
                : p.getPPr().getPStyle().getVal();
        switch (style) {
          case "Heading1" -> out.add("h1 " + text(p));
          case "Heading2" -> out.add("h2 " + text(p));
          case "Field" -> out.add("label " + labelText(p));
          default -> {}
        }
      } else if (node instanceof Tbl table) {
        Object first = table.getContent().get(0);
        Tr header = (Tr) (first instanceof JAXBElement<?> e ? e.getValue() : first);
        for (Object cell : header.getContent()) {
          out.add("th " + text(cell));
        }
      }
    }
    return normalized(out);
  }

  private static String labelText(P p) {
    StringBuilder out = new StringBuilder();
    for (Object child : p.getContent()) {
      if (child instanceof R r
          && r.getRPr() != null
          && r.getRPr().getRStyle() != null
          && "FieldLabel".equals(r.getRPr().getRStyle().getVal())) {
        out.append(text(r));
      }
    }
    return out.toString();
  }

  private static String text(Object node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString();
  }

  private static void append(Object node, StringBuilder out) {
    Object o = node instanceof JAXBElement<?> e ? e.getValue() : node;
    if (o instanceof org.docx4j.wml.Text t) {
      out.append(t.getValue());
    } else if (o instanceof ContentAccessor c) {
      c.getContent().forEach(child -> append(child, out));
    }
  }

  private static List<String> normalized(List<String> outline) {
    return outline.stream().map(ExpectedText::normalize).toList();
  }
}
