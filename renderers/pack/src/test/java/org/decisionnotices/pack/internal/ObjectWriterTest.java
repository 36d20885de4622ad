package org.decisionnotices.pack.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * The pack's own writer, through PDFBox's reader: more objects than one chunk of {@link XrefTable}
 * holds, and a stream large enough to be counted in a temporary file.
 */
class ObjectWriterTest {
  private static final int PAGES = 5_000;
  private static final int BIG = (1 << 20) + 12_345;

  @Test
  void manyObjectsAndALargeStreamReadBack() throws IOException {
    byte[] pdf = write();
    try (PDDocument read = Loader.loadPDF(pdf)) {
      assertEquals(PAGES, read.getNumberOfPages());
      assertEquals("Object writer test", read.getDocumentInformation().getTitle());
      try (InputStream contents = read.getPage(PAGES - 1).getContents()) {
        assertEquals(BIG, contents.readAllBytes().length);
      }
      try (InputStream contents = read.getPage(0).getContents()) {
        assertEquals(
            "0 0 m",
            new String(contents.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
      }
    }
    assertArrayEquals(pdf, write(), "the same objects give the same bytes");
  }

  private static byte[] write() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectWriter w = new ObjectWriter(bytes)) {
      int catalog = w.reserve();
      int pages = w.reserve();
      int info = w.reserve();
      COSDictionary parent = w.placeholder(pages);
      COSArray kids = new COSArray();
      w.beginUnit();
      for (int p = 0; p < PAGES; p++) {
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.TYPE, COSName.PAGE);
        page.setItem(COSName.PARENT, parent);
        page.setItem(COSName.MEDIA_BOX, PDRectangle.A4);
        COSStream contents = new COSStream();
        try (OutputStream out = contents.createOutputStream()) {
          if (p == PAGES - 1) {
            byte[] spaces = new byte[BIG];
            Arrays.fill(spaces, (byte) ' ');
            out.write(spaces);
          } else {
            out.write("0 0 m".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          }
        }
        page.setItem(COSName.CONTENTS, contents);
        kids.add(ObjectWriter.reference(w.ref(page)));
      }
      w.endUnit();
      COSDictionary tree = new COSDictionary();
      tree.setItem(COSName.TYPE, COSName.PAGES);
      tree.setItem(COSName.KIDS, kids);
      tree.setInt(COSName.COUNT, PAGES);
      w.write(pages, tree);
      COSDictionary root = new COSDictionary();
      root.setItem(COSName.TYPE, COSName.CATALOG);
      root.setItem(COSName.PAGES, ObjectWriter.reference(pages));
      w.write(catalog, root);
      COSDictionary information = new COSDictionary();
      information.setString(COSName.TITLE, "Object writer test");
      w.write(info, information);
      COSArray id = new COSArray();
      id.add(new COSString(new byte[16]));
      id.add(new COSString(new byte[16]));
      w.finish(catalog, info, id);
    }
    return bytes.toByteArray();
  }
}
