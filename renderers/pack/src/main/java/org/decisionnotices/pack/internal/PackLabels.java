package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.stream.Collectors;
import org.decisionnotices.model.Exemption;

/** The pack's own words (the core labels are a notice's) in English or Welsh. */
final class PackLabels {
  private final Properties words = new Properties();
  private final Locale language;

  PackLabels(Locale language) {
    // Read by hand: ResourceBundle falls back on the JVM's default locale (a Welsh one would give
    // an English pack Welsh words), and the control that stops it is refused in a named module.
    read("pack.properties");
    boolean own = read("pack_" + language.getLanguage() + ".properties");
    this.language = own ? language : Locale.UK;
  }

  /** Adds the words in {@code file} beside this class over those read before; false if none. */
  private boolean read(String file) {
    try (InputStream in = PackLabels.class.getResourceAsStream(file)) {
      if (in != null) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return in != null;
    } catch (IOException e) {
      throw new UncheckedIOException(file + " beside " + PackLabels.class.getName(), e);
    }
  }

  String get(String key) {
    String word = words.getProperty(key);
    if (word == null) {
      throw new MissingResourceException("no pack label '" + key + "'", "pack", key);
    }
    return word;
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
