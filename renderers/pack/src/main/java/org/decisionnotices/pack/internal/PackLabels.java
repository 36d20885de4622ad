package org.decisionnotices.pack.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.decisionnotices.model.Exemption;

/** The pack's own words (the core labels are a notice's) in English or Welsh. */
final class PackLabels {
  private static final String BUNDLE = "org.decisionnotices.pack.internal.pack";
  // Without it, a JVM whose default locale is Welsh would give an English pack Welsh words.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale language;

  PackLabels(Locale language) {
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(language.getLanguage()),
            PackLabels.class.getClassLoader(),
            NO_FALLBACK);
    this.language = bundle.getLocale().getLanguage().isEmpty() ? Locale.UK : language;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language).format(arguments);
  }

  String date(LocalDate date) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", language).format(date);
  }

  /** "Page 7", with plain digits whatever the locale. */
  String page(int page) {
    return format("page", Integer.toString(page));
  }

  String pageOf(int page, int pages) {
    return format("pageOf", Integer.toString(page), Integer.toString(pages));
  }

  /** The sentence that stands in for an exempt item in the public pack. */
  String exemption(Exemption exempt) {
    List<String> numbers =
        exempt.paragraphs().stream().map(String::valueOf).collect(Collectors.toList());
    String joined =
        numbers.size() == 1
            ? numbers.get(0)
            : String.join(", ", numbers.subList(0, numbers.size() - 1))
                + " "
                + get("and")
                + " "
                + numbers.get(numbers.size() - 1);
    String paragraphs = format(numbers.size() == 1 ? "paragraph" : "paragraphs", joined);
    return format(exempt.isWelsh() ? "exemptWales" : "exemptEngland", paragraphs);
  }
}
