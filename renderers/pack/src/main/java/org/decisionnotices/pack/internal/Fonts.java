package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, regular and bold, embedded as subsets in one document. The TrueType fonts stay
 * open until the document is saved, so this is closed after saving.
 */
final class Fonts implements AutoCloseable {
  private final TrueTypeFont regularFile;
  private final TrueTypeFont boldFile;
  final PDType0Font regular;
  final PDType0Font bold;

  Fonts(PDDocument doc) throws IOException {
    regularFile = parse("liberation/LiberationSans-Regular.ttf");
    boldFile = parse("liberation/LiberationSans-Bold.ttf");
    regular = PDType0Font.load(doc, regularFile, true);
    bold = PDType0Font.load(doc, boldFile, true);
  }

  private static TrueTypeFont parse(String resource) throws IOException {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("font " + resource + " is not on the classpath");
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      // PDFBox would otherwise run its Latin GSUB worker on every showText: 5-7x slower, and
      // ligature substitution can drop letters from the text layer (notes/pdf-ua-with-pdfbox.md).
      font.setEnableGsub(false);
      return font;
    }
  }

  /** Text width in points. */
  static float width(PDType0Font font, String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with every character the font cannot show replaced by '?'. */
  static String showable(PDType0Font font, String text) {
    try {
      font.encode(text);
      return text;
    } catch (IllegalArgumentException | IOException e) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                String one = new String(Character.toChars(cp));
                try {
                  font.encode(one);
                  out.append(one);
                } catch (IllegalArgumentException | IOException missing) {
                  out.append('?');
                }
              });
      return out.toString();
    }
  }

  @Override
  public void close() throws IOException {
    regularFile.close();
    boldFile.close();
  }
}
