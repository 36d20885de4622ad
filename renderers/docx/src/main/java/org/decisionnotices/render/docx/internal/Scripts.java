package org.decisionnotices.render.docx.internal;

import java.lang.Character.UnicodeScript;
import java.util.Map;

/**
 * How Word sorts scripts: complex scripts (right to left, and Indic and South-East Asian ones that
 * need shaping) take the run's {@code w:cs} properties, East Asian ones its {@code w:eastAsia}
 * font. The fonts named are those the PDF renderer draws each script with.
 */
final class Scripts {
  enum Kind {
    LATIN,
    RIGHT_TO_LEFT,
    COMPLEX,
    EAST_ASIAN
  }

  private static final Map<UnicodeScript, String> FONTS =
      Map.ofEntries(
          Map.entry(UnicodeScript.ARABIC, "Noto Naskh Arabic"),
          Map.entry(UnicodeScript.HEBREW, "Noto Sans Hebrew"),
          Map.entry(UnicodeScript.BENGALI, "Noto Sans Bengali"),
          Map.entry(UnicodeScript.DEVANAGARI, "Noto Sans Devanagari"),
          Map.entry(UnicodeScript.GURMUKHI, "Noto Sans Gurmukhi"),
          Map.entry(UnicodeScript.GUJARATI, "Noto Sans Gujarati"),
          Map.entry(UnicodeScript.TAMIL, "Noto Sans Tamil"),
          Map.entry(UnicodeScript.THAI, "Noto Sans Thai"));

  private static final String EAST_ASIAN_FONT = "Droid Sans Fallback";
  private static final String OTHER_FONT = "Arial";

  private Scripts() {}

  /** The kind of {@code cp}'s script; {@code null} for spaces, digits and punctuation. */
  static Kind kind(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    switch (script) {
      case COMMON:
      case INHERITED:
      case UNKNOWN:
        return null;
      case ARABIC:
      case HEBREW:
      case SYRIAC:
      case THAANA:
      case NKO:
        return Kind.RIGHT_TO_LEFT;
      case BENGALI:
      case DEVANAGARI:
      case GURMUKHI:
      case GUJARATI:
      case TAMIL:
      case TELUGU:
      case KANNADA:
      case MALAYALAM:
      case ORIYA:
      case SINHALA:
      case THAI:
      case LAO:
      case KHMER:
      case MYANMAR:
      case TIBETAN:
        return Kind.COMPLEX;
      case HAN:
      case HIRAGANA:
      case KATAKANA:
      case HANGUL:
      case BOPOMOFO:
        return Kind.EAST_ASIAN;
      default:
        return Kind.LATIN;
    }
  }

  /** The font for the first letter of {@code text} that has a script of its own. */
  static String font(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Kind kind = kind(cp);
      if (kind == Kind.EAST_ASIAN) {
        return EAST_ASIAN_FONT;
      }
      if (kind != null) {
        return FONTS.getOrDefault(UnicodeScript.of(cp), OTHER_FONT);
      }
      i += Character.charCount(cp);
    }
    return OTHER_FONT;
  }
}
