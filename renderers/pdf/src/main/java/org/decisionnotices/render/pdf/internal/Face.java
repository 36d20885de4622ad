package org.decisionnotices.render.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One font file the PDF can draw with: a Liberation Sans face or a fallback face for scripts that
 * Liberation Sans lacks. The file is read, and the JDK's {@link Font} made from it (for coverage
 * and shaping), on first use, once per JVM; both are immutable and shared by all threads. The
 * FontBox parse that PDFBox embeds is per thread ({@link FontLibrary}).
 *
 * <p>Public for the PDF module's public package; not API.
 */
public final class Face {
  private final String name;
  private final Set<UnicodeScript> scripts;
  private final Supplier<byte[]> source;
  private volatile Loaded loaded;

  private record Loaded(byte[] bytes, Font font, int unitsPerEm) {}

  Face(String name, Set<UnicodeScript> scripts, Supplier<byte[]> source) {
    this.name = name;
    this.scripts = scripts;
    this.source = source;
  }

  /** The family name, for error messages. */
  public String name() {
    return name;
  }

  /** The scripts this face is chosen for first; empty for a catch-all face. */
  Set<UnicodeScript> scripts() {
    return scripts;
  }

  boolean covers(int codePoint) {
    return loaded().font.canDisplay(codePoint);
  }

  byte[] bytes() {
    return loaded().bytes;
  }

  /** The JDK font at a size of one em in font units, with kerning and ligatures on. */
  Font font() {
    return loaded().font;
  }

  int unitsPerEm() {
    return loaded().unitsPerEm;
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        l = loaded;
        if (l == null) {
          l = load();
          loaded = l;
        }
      }
    }
    return l;
  }

  private Loaded load() {
    byte[] bytes = source.get();
    try {
      Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
      int upem = unitsPerEm(bytes);
      // HarfBuzz (inside the JDK) applies kern and liga only when asked; hb-shape's defaults.
      font =
          font.deriveFont(
                  Map.of(
                      TextAttribute.KERNING, TextAttribute.KERNING_ON,
                      TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON))
              .deriveFont((float) upem);
      return new Loaded(bytes, font, upem);
    } catch (FontFormatException | IOException e) {
      throw new UncheckedIOException(
          new IOException("cannot read the font " + name + ": " + e.getMessage(), e));
    }
  }

  /** unitsPerEm from the 'head' table, read from the table directory. */
  private static int unitsPerEm(byte[] b) throws IOException {
    int tables = u16(b, 4);
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      if (b[entry] == 'h' && b[entry + 1] == 'e' && b[entry + 2] == 'a' && b[entry + 3] == 'd') {
        int offset = (int) ((u16(b, entry + 8) << 16) | u16(b, entry + 10));
        return u16(b, offset + 18);
      }
    }
    throw new IOException("no head table");
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  @Override
  public String toString() {
    return name;
  }
}
