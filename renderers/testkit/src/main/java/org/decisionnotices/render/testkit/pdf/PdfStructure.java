package org.decisionnotices.render.testkit.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF back through its structure tree: each element with the text of the marked
 * content it owns, in tree (reading) order. Artifacts (headers, footers, repeated table headers)
 * own no structure element, so they never appear. Also collects the artifact text.
 *
 * <p>Needs {@code org.apache.pdfbox:pdfbox} on the test class path (an optional dependency of the
 * testkit).
 *
 * @since 0.1.0
 */
public final class PdfStructure {
  private static final Set<String> BLOCKS =
      Set.of("H1", "H2", "H3", "P", "TH", "TD", "Lbl", "Figure", "Caption");

  /** A structure element, its depth, its whole text, its /Lang and its table scope. */
  public record Element(String type, int depth, String text, String language, String scope) {}

  private final List<Element> elements = new ArrayList<>();
  private final StringBuilder readingText = new StringBuilder();
  private final List<String> artifactText = new ArrayList<>();
  private final int pages;

  private final Map<COSDictionary, Map<Integer, String>> contentByPage = new IdentityHashMap<>();

  private PdfStructure(PDDocument doc) throws IOException {
    pages = doc.getNumberOfPages();
    for (PDPage page : doc.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, String> byMcid = new HashMap<>();
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        if ("Artifact".equals(content.getTag())) {
          artifactText.add(text(content));
        } else if (content.getMCID() >= 0) {
          byMcid.put(content.getMCID(), text(content));
        }
      }
      contentByPage.put(page.getCOSObject(), byMcid);
    }
    walk(doc.getDocumentCatalog().getStructureTreeRoot(), null, 0, new StringBuilder());
  }

  public static PdfStructure read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PdfStructure(doc);
    }
  }

  /** Every structure element in reading order. */
  public List<Element> elements() {
    return List.copyOf(elements);
  }

  /** The text of the structure tree in reading order, blocks on lines of their own. */
  public String readingText() {
    return readingText.toString();
  }

  /** The text of each artifact (headers, footers, page numbers), page by page. */
  public List<String> artifactText() {
    return List.copyOf(artifactText);
  }

  public int pages() {
    return pages;
  }

  /** The element types in reading order. */
  public List<String> types() {
    return elements.stream().map(Element::type).toList();
  }

  public List<Element> ofType(String type) {
    return elements.stream().filter(e -> e.type().equals(type)).toList();
  }

  private static String text(PDMarkedContent content) {
    if (content.getActualText() != null) {
      return content.getActualText(); // what the content stands for (shaped glyphs, say)
    }
    StringBuilder out = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        out.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent nested) {
        out.append(text(nested));
      }
    }
    return out.toString();
  }

  private void walk(PDStructureNode node, PDPage page, int depth, StringBuilder parentText) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        PDPage elementPage = element.getPage() != null ? element.getPage() : page;
        boolean block = BLOCKS.contains(element.getStructureType());
        if (block) {
          readingText.append('\n');
        }
        int index = elements.size();
        elements.add(null);
        StringBuilder text = new StringBuilder();
        walk(element, elementPage, depth + 1, text);
        elements.set(
            index,
            new Element(
                element.getStructureType(),
                depth,
                text.toString(),
                element.getLanguage(),
                scope(element)));
        parentText.append(text);
        if (block) {
          readingText.append('\n');
        }
      } else if (kid instanceof Integer mcid) {
        append(page, mcid, parentText);
      } else if (kid instanceof PDMarkedContentReference reference) {
        append(reference.getPage(), reference.getMCID(), parentText);
      }
    }
  }

  private void append(PDPage page, int mcid, StringBuilder parentText) {
    String text = contentByPage.getOrDefault(page.getCOSObject(), Map.of()).get(mcid);
    if (text == null) {
      throw new AssertionError("MCID " + mcid + " is in the structure tree but not on its page");
    }
    parentText.append(text);
    readingText.append(text);
  }

  private static String scope(PDStructureElement element) {
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.size(); i++) {
      PDAttributeObject attribute = attributes.getObject(i);
      if (attribute instanceof PDTableAttributeObject table && table.getScope() != null) {
        return table.getScope();
      }
    }
    return null;
  }
}
