package org.decisionnotices.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the ToUnicode CMap of a subset Identity-H font from the glyphs actually drawn, each to the
 * characters it stands for (PDF/UA 7.21.7, PDF/A-2 6.2.11.7.2: every code used maps to Unicode).
 */
final class ToUnicode {
  private static final Method FONTS_TO_SUBSET = fontsToSubset();
  private static final String HEX_DIGITS = "0123456789ABCDEF";

  private ToUnicode() {}

  /**
   * Replaces {@code font}'s ToUnicode map, after {@link PDType0Font#subset()}, and takes the font
   * off the list that {@link PDDocument#save} subsets again (which would rebuild PDFBox's map from
   * the font's character map alone).
   */
  static void replace(PDDocument doc, PDType0Font font, Map<Integer, String> glyphText)
      throws IOException {
    fontsToSubset(doc).remove(font);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(new TreeMap<>(glyphText), bytes);
    PDStream stream =
        new PDStream(
            doc, new java.io.ByteArrayInputStream(bytes.toByteArray()), COSName.FLATE_DECODE);
    font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
  }

  /** The fonts {@link PDDocument#save} will subset, as a live set. */
  @SuppressWarnings("unchecked")
  static Set<PDFont> fontsToSubset(PDDocument doc) throws IOException {
    try {
      return (Set<PDFont>) FONTS_TO_SUBSET.invoke(doc);
    } catch (ReflectiveOperationException e) {
      throw new IOException("PDFBox's subset list cannot be reached", e);
    }
  }

  private static void write(TreeMap<Integer, String> map, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    var entries = map.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
    for (int from = 0; from < entries.size(); from += 100) {
      int to = Math.min(entries.size(), from + 100);
      s.append(to - from).append(" beginbfchar\n");
      for (var e : entries.subList(from, to)) {
        hex4(e.getKey(), s.append('<')).append("> <");
        String text = e.getValue();
        for (int i = 0; i < text.length(); i++) {
          hex4(text.charAt(i), s);
        }
        s.append(">\n");
      }
      s.append("endbfchar\n");
    }
    s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.write(s.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * {@code value} (below 0x10000) as four upper-case hex digits, as {@code %04X} writes it; a map
   * of a few hundred glyphs went through String.format about a thousand times.
   */
  private static StringBuilder hex4(int value, StringBuilder out) {
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(HEX_DIGITS.charAt((value >> shift) & 0xF));
    }
    return out;
  }

  private static Method fontsToSubset() {
    try {
      Method method = PDDocument.class.getDeclaredMethod("getFontsToSubset");
      method.setAccessible(true);
      return method;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this PDFBox has no subset list", e);
    }
  }
}
