package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The Liberation Sans faces: file bytes read once per library (on first use), parsed once per
 * thread. A parsed {@link TrueTypeFont} reads its tables through a shared stream position, so it
 * must never be used by two threads at once; per-thread parsing keeps the per-document cost down to
 * nothing without locks.
 *
 * <p>Public because the pack module shares it; not API.
 */
public final class FontLibrary {
  private volatile Map<FontStyle, byte[]> bytes;
  private final ThreadLocal<EnumMap<FontStyle, FontMetrics>> parsed =
      ThreadLocal.withInitial(() -> new EnumMap<>(FontStyle.class));

  public FontLibrary() {}

  /** This thread's parsed face; callers must not hand it to another thread. */
  public FontMetrics face(FontStyle style) throws IOException {
    EnumMap<FontStyle, FontMetrics> faces = parsed.get();
    FontMetrics face = faces.get(style);
    if (face == null) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes().get(style)));
      // GSUB would run regex and map work on every showText (5-7x slower) and changes nothing
      // for Liberation Sans with Latin text.
      ttf.setEnableGsub(false);
      face = new FontMetrics(ttf);
      faces.put(style, face);
    }
    return face;
  }

  private Map<FontStyle, byte[]> bytes() {
    Map<FontStyle, byte[]> loaded = bytes;
    if (loaded == null) {
      synchronized (this) {
        loaded = bytes;
        if (loaded == null) {
          loaded = new EnumMap<>(FontStyle.class);
          for (FontStyle style : FontStyle.values()) {
            loaded.put(style, read(style.resource()));
          }
          bytes = loaded;
        }
      }
    }
    return loaded;
  }

  private static byte[] read(String resource) {
    try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing from the class path (com.github.librepdf:openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
