package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A passage in another language than the text around it (WCAG 2.2 SC 3.1.2, language of parts),
 * written in prose as a bracketed span: {@code [اردو ریڈرز سرکل]{lang=ur}}. Renderers mark it: HTML
 * {@code lang} (and {@code dir="rtl"}), PDF {@code /Lang} on a Span element, DOCX {@code w:lang}.
 *
 * @param language the passage's language, a well-formed BCP 47 tag such as {@code ur}, {@code
 *     zh-Hans} or {@code pa-Guru}
 * @param children the passage
 * @since 0.1.0
 */
public record Span(Locale language, List<Inline> children) implements Inline {
  // language[-script][-region][-variant...], the forms a council writes; no extensions.
  private static final Pattern TAG =
      Pattern.compile(
          "[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*");

  /** Languages written right to left unless a script subtag says otherwise. */
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi");

  private static final Set<String> RIGHT_TO_LEFT_SCRIPTS =
      Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg");

  private static final Set<String> EAST_ASIAN = Set.of("zh", "ja", "ko", "yue", "cmn", "wuu");

  public Span {
    Objects.requireNonNull(language, "language must not be null");
    children = List.copyOf(Objects.requireNonNull(children, "children must not be null"));
  }

  /**
   * The language of a tag as written in prose.
   *
   * @throws IllegalArgumentException if {@code tag} is not a well-formed BCP 47 language tag
   */
  public static Locale language(String tag) {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          "language '" + tag + "' must be a BCP 47 language tag such as ur, zh-Hans or pa-Guru");
    }
    return Locale.forLanguageTag(tag);
  }

  /** The language tag, e.g. {@code zh-Hans}. */
  public String languageTag() {
    return language.toLanguageTag();
  }

  /** Whether the passage's language is written right to left (Arabic, Urdu, Hebrew…). */
  public boolean isRightToLeft() {
    String script = language.getScript();
    if (!script.isEmpty()) {
      return RIGHT_TO_LEFT_SCRIPTS.contains(script);
    }
    return RIGHT_TO_LEFT.contains(language.getLanguage());
  }

  /** Whether the passage is Chinese, Japanese or Korean (Word sets those apart). */
  public boolean isEastAsian() {
    return EAST_ASIAN.contains(language.getLanguage());
  }
}
