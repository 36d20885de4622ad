package org.decisionnotices.render.docx;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/** Reads a DOCX back with docx4j: reloads the package and walks the main document in order. */
final class DocxText {
  private DocxText() {}

  static WordprocessingMLPackage load(byte[] docx) throws Exception {
    return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
  }

  /** The text of the main document (headers and footers are other parts), a paragraph per line. */
  static String of(WordprocessingMLPackage pkg) {
    StringBuilder out = new StringBuilder();
    append(pkg.getMainDocumentPart().getJaxbElement().getBody(), out);
    return out.toString();
  }

  /** Every paragraph of the main document, table cells included, in reading order. */
  static List<P> paragraphs(WordprocessingMLPackage pkg) {
    List<P> out = new ArrayList<>();
    collect(pkg.getMainDocumentPart().getJaxbElement().getBody(), P.class, out);
    return out;
  }

  static <T> void collect(Object node, Class<T> type, List<T> out) {
    Object o = node instanceof JAXBElement<?> e ? e.getValue() : node;
    if (type.isInstance(o)) {
      out.add(type.cast(o));
    }
    if (o instanceof ContentAccessor c) {
      for (Object child : c.getContent()) {
        collect(child, type, out);
      }
    }
  }

  static Object unwrap(Object node) {
    return node instanceof JAXBElement<?> e ? e.getValue() : node;
  }

  static String text(Object node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString();
  }

  private static void append(Object node, StringBuilder out) {
    Object o = node instanceof JAXBElement<?> e ? e.getValue() : node;
    if (o instanceof Text t) {
      out.append(t.getValue());
    } else if (o instanceof Br) {
      out.append('\n');
    } else if (o instanceof R.Tab) {
      out.append('\t');
    } else if (o instanceof ContentAccessor c) {
      for (Object child : c.getContent()) {
        append(child, out);
      }
      if (o instanceof P) {
        out.append('\n');
      }
    }
  }
}
