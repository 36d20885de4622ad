package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.pack.internal.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structure IDs and classes of merged reports: kept, and kept apart, in the pack. */
class MergedStructureTest {
  @TempDir Path folder;

  @Test
  void tableHeaderIdsOfEveryReportResolveToItsOwnHeaderCells() throws Exception {
    byte[] pack = twoReportsWithTheSameIds(folder);

    try (PDDocument pdf = Loader.loadPDF(pack)) {
      PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
      PDNameTreeNode<PDStructureElement> ids = root.getIDTree();
      assertNotNull(ids, "the pack has an ID tree");
      Map<String, Object> classes = root.getClassMap();
      List<PDStructureElement> cells = new ArrayList<>();
      TestPdfs.collect(root, "TD", cells);
      // The front sheet's own table (its fields) names no headers.
      cells.removeIf(td -> headers(td).length == 0);
      assertEquals(4, cells.size());
      Set<String> named = new HashSet<>();
      for (PDStructureElement td : cells) {
        String[] headers = headers(td);
        assertEquals(1, headers.length);
        PDStructureElement th = ids.getValue(headers[0]);
        assertNotNull(th, "ID " + headers[0] + " is in the ID tree");
        assertEquals("TH", th.getStructureType());
        assertEquals(headers[0], th.getElementIdentifier());
        assertSame(
            table(td).getCOSObject(), table(th).getCOSObject(), "a header of the cell's own table");
        named.add(headers[0]);
        var names = td.getClassNames();
        assertEquals(1, names.size());
        assertTrue(
            classes.containsKey(names.getObject(0)),
            "class " + names.getObject(0) + " is in the ClassMap");
      }
      assertEquals(4, named.size(), "the two reports' IDs are kept apart");
    }
  }

  /** A pack of two reports whose tables use the same structure IDs and class name. */
  static byte[] twoReportsWithTheSameIds(Path folder) throws Exception {
    // Both reports use the same IDs (col0, col1) and the same class name (Cell).
    TestPdfs.taggedTable(
        folder.resolve("a.pdf"), "Budget A", List.of("Service", "Cost"), List.of("Parks", "1200"));
    TestPdfs.taggedTable(
        folder.resolve("b.pdf"), "Budget B", List.of("Ward", "Votes"), List.of("North", "812"));
    Meeting meeting =
        new Meeting(
            "ids",
            "Test Committee",
            LocalDate.of(2025, 6, 5),
            null,
            null,
            Locale.UK,
            null,
            List.of(),
            List.of(item("1", "Budget A", "a.pdf"), item("2", "Budget B", "b.pdf")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().build().write(meeting, folder, out);
    return out.toByteArray();
  }

  private static AgendaItem item(String number, String title, String file) {
    return new AgendaItem(
        number,
        title,
        Prose.parse("To note " + title + "."),
        null,
        List.of(DocumentRef.ofFile(title, file)),
        null);
  }

  /**
   * The IDs in the cell's /Headers, read from the dictionary: PDFBox 3.0.8's {@code getHeaders()}
   * expects names, though /Headers holds strings (and its {@code setHeaders} writes strings).
   */
  private static String[] headers(PDStructureElement cell) {
    var attributes = cell.getAttributes();
    for (int i = 0; i < attributes.size(); i++) {
      PDAttributeObject attribute = attributes.getObject(i);
      COSArray ids = attribute.getCOSObject().getCOSArray(COSName.getPDFName("Headers"));
      if (ids != null) {
        String[] headers = new String[ids.size()];
        for (int h = 0; h < ids.size(); h++) {
          headers[h] = ((COSString) ids.getObject(h)).getString();
        }
        return headers;
      }
    }
    return new String[0];
  }

  private static PDStructureElement table(PDStructureElement cell) {
    return (PDStructureElement) ((PDStructureElement) cell.getParent()).getParent();
  }
}
