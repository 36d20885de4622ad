package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The Liberation Sans faces and, for what they cannot show, a chain of fallback faces, one per
 * script (Arabic, Hebrew, Bengali, Devanagari, Gurmukhi, Gujarati, Tamil, Thai, Ethiopic), then
 * Chinese, Japanese and Korean when the optional {@code decision-notices-fonts-cjk} artifact is on
 * the class path, then symbols and emoji. Fallback files are read when a notice first needs them,
 * once per JVM ({@link Face}); a Latin notice never touches them. Liberation file bytes are read
 * once per library (on first use), parsed once per thread. A parsed {@link TrueTypeFont} reads its
 * tables through a shared stream position, so it must never be used by two threads at once;
 * per-thread parsing keeps the per-document cost down to nothing without locks.
 *
 * <p>Public because {@code PdfRenderer} and {@code PdfPages} use it; not API.
 */
public final class FontLibrary {
  private volatile Map<FontStyle, byte[]> bytes;
  private final ThreadLocal<EnumMap<FontStyle, FontMetrics>> parsed =
      ThreadLocal.withInitial(() -> new EnumMap<>(FontStyle.class));
  private final ThreadLocal<Map<Face, TrueTypeFont>> parsedFaces =
      ThreadLocal.withInitial(HashMap::new);
  private final Map<FontStyle, Face> liberation = new EnumMap<>(FontStyle.class);

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

  /** The Liberation face of {@code style}, for shaping (right-to-left runs). */
  Face liberation(FontStyle style) {
    synchronized (liberation) {
      return liberation.computeIfAbsent(
          style, s -> new Face("Liberation Sans", Set.of(), () -> bytes().get(s)));
    }
  }

  /** This thread's FontBox parse of {@code face}, for PDFBox to embed; never shared. */
  TrueTypeFont parsed(Face face) throws IOException {
    Map<Face, TrueTypeFont> faces = parsedFaces.get();
    TrueTypeFont ttf = faces.get(face);
    if (ttf == null) {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
      // Text is shaped before PDFBox sees it: PDFBox's own substitution must not run again.
      ttf.setEnableGsub(false);
      faces.put(face, ttf);
    }
    return ttf;
  }

  /**
   * The fallback face for {@code codePoint}: {@code previous} when it is a fallback face that has
   * the character and the character belongs to no script of its own (punctuation, marks, joiners),
   * else the first face of the chain made for the character's script, else the first that has it;
   * {@code null} if none has it.
   */
  static Face fallback(int codePoint, Face previous) {
    UnicodeScript script = UnicodeScript.of(codePoint);
    boolean common =
        script == UnicodeScript.COMMON
            || script == UnicodeScript.INHERITED
            || script == UnicodeScript.UNKNOWN;
    if (common && previous != null && previous.covers(codePoint)) {
      return previous;
    }
    for (Face face : Fallbacks.CHAIN) {
      if (face.scripts().contains(script) && face.covers(codePoint)) {
        return face;
      }
    }
    for (Face face : Fallbacks.CHAIN) {
      if (!face.scripts().contains(script) && face.covers(codePoint)) {
        return face;
      }
    }
    return null;
  }

  /** The names of every face tried for a character, for the error when none has it. */
  static List<String> chainNames() {
    List<String> names = new ArrayList<>();
    names.add("Liberation Sans");
    for (Face face : Fallbacks.CHAIN) {
      names.add(face.name());
    }
    return names;
  }

  /** The chain, made on first use of the class (only the list: files load per face). */
  private static final class Fallbacks {
    static final String FOLDER = "org/decisionnotices/render/pdf/fonts/";
    static final List<Face> CHAIN = chain();

    private static List<Face> chain() {
      List<Face> chain = new ArrayList<>();
      add(chain, "Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", UnicodeScript.ARABIC);
      add(chain, "Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", UnicodeScript.HEBREW);
      add(chain, "Noto Sans Bengali", "NotoSansBengali-Regular.ttf", UnicodeScript.BENGALI);
      add(
          chain,
          "Noto Sans Devanagari",
          "NotoSansDevanagari-Regular.ttf",
          UnicodeScript.DEVANAGARI);
      add(chain, "Noto Sans Gurmukhi", "NotoSansGurmukhi-Regular.ttf", UnicodeScript.GURMUKHI);
      add(chain, "Noto Sans Gujarati", "NotoSansGujarati-Regular.ttf", UnicodeScript.GUJARATI);
      add(chain, "Noto Sans Tamil", "NotoSansTamil-Regular.ttf", UnicodeScript.TAMIL);
      add(chain, "Noto Sans Thai", "NotoSansThai-Regular.ttf", UnicodeScript.THAI);
      add(chain, "Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf", UnicodeScript.ETHIOPIC);
      // Droid Sans Fallback has Hangul jamo but not the precomposed syllables Korean is written in.
      add(chain, "Nanum Gothic", "cjk/NanumGothic.ttf", UnicodeScript.HANGUL);
      add(
          chain,
          "Droid Sans Fallback",
          "cjk/DroidSansFallbackFull.ttf",
          UnicodeScript.HAN,
          UnicodeScript.HIRAGANA,
          UnicodeScript.KATAKANA,
          UnicodeScript.HANGUL,
          UnicodeScript.BOPOMOFO);
      add(chain, "Symbola", "Symbola.ttf");
      return List.copyOf(chain);
    }

    /** Adds the face if its file is on the class path (the CJK one is optional). */
    private static void add(List<Face> chain, String name, String file, UnicodeScript... scripts) {
      String resource = FOLDER + file;
      if (FontLibrary.class.getClassLoader().getResource(resource) != null) {
        chain.add(new Face(name, Set.of(scripts), () -> read(resource)));
      }
    }
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
