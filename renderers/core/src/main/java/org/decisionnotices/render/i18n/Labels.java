package org.decisionnotices.render.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and date formats of a notice in one language: English ({@code en}, the default for any
 * language without its own labels) or Welsh ({@code cy}). Labels follow the document's language,
 * never the JVM's default locale. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Labels {
  private static final String BUNDLE = "org.decisionnotices.render.i18n.labels";

  private final Locale language;
  private final Map<String, String> words;
  private final DateTimeFormatter dateFormat;

  private Labels(Locale language, Map<String, String> words) {
    this.language = language;
    this.words = words;
    this.dateFormat = DateTimeFormatter.ofPattern("d MMMM uuuu", language);
  }

  /**
   * Labels already read, by language: every document asks for its labels, often several times.
   * Bounded, since a record may name any language; beyond it, labels are read each time.
   */
  private static final int MAX_CACHED = 64;

  private static final Map<Locale, Labels> CACHE = new ConcurrentHashMap<>();

  /** The labels for {@code language}; English where there are none in that language. */
  public static Labels forLanguage(Locale language) {
    Objects.requireNonNull(language, "language must not be null");
    Labels labels = CACHE.get(language);
    if (labels == null) {
      labels = read(language);
      if (CACHE.size() < MAX_CACHED) {
        CACHE.putIfAbsent(language, labels);
      }
    }
    return labels;
  }

  private static Labels read(Locale language) {
    // Read by hand rather than with ResourceBundle.getBundle: a JVM whose default locale is Welsh
    // must not give Welsh labels to an English record, and the control that prevents that is not
    // supported in a named module.
    Map<String, String> words = new LinkedHashMap<>(read("labels.properties"));
    Map<String, String> own = read("labels_" + language.getLanguage() + ".properties");
    words.putAll(own);
    Locale actual = own.isEmpty() ? Locale.UK : language;
    return new Labels(actual, Collections.unmodifiableMap(words));
  }

  /** The labels in {@code file} beside this class; none if there is no such file. */
  private static Map<String, String> read(String file) {
    try (InputStream in = Labels.class.getResourceAsStream(file)) {
      if (in == null) {
        return Map.of();
      }
      ResourceBundle bundle = new PropertyResourceBundle(in);
      Map<String, String> words = new LinkedHashMap<>();
      for (String key : Collections.list(bundle.getKeys())) {
        words.put(key, bundle.getString(key));
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(file + " beside " + Labels.class.getName(), e);
    }
  }

  /** The language these labels are in. */
  public Locale language() {
    return language;
  }

  /** Every label by key, for templates. */
  public Map<String, String> asMap() {
    return words;
  }

  /** The label for {@code key}. */
  public String get(String key) {
    String word = words.get(key);
    if (word == null) {
      throw new MissingResourceException("no label '" + key + "'", BUNDLE, key);
    }
    return word;
  }

  /** The label for {@code key} with its {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language).format(arguments);
  }

  /** "Page 3 of 7", with plain digits whatever the locale. */
  public String pageOf(int page, int pages) {
    return format("page", Integer.toString(page), Integer.toString(pages));
  }

  /** "24 October 2016" / "24 Hydref 2016". */
  public String date(LocalDate date) {
    return dateFormat.format(date);
  }

  /** "14:30": the 24-hour clock reads the same in both languages. */
  public String time(LocalTime time) {
    return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }

  public String yesNo(boolean value) {
    return get(value ? "yes" : "no");
  }

  /** "3", "3 and 4", "1, 2 and 5". */
  public String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + get("and")
        + " "
        + items.get(items.size() - 1);
  }
}
