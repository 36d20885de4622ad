package org.decisionnotices.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.decisionnotices.model.prose.Prose;

/**
 * A JSON object being read at a known path. Each getter reports what is wrong with its field and
 * returns {@code null}, so that reading goes on and every problem of a file is found. Fields never
 * asked for are unknown, and {@link #finish()} reports them.
 */
final class ObjectView {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  final String path;
  final Problems problems;
  private final JsonNode node;
  private final Set<String> known = new HashSet<>();

  private ObjectView(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** A view of {@code node}, or {@code null} (with a problem) if it is not an object. */
  static ObjectView of(JsonNode node, String path, Problems problems) {
    if (!node.isObject()) {
      problems.add(path, "must be an object, but was " + describe(node));
      return null;
    }
    return new ObjectView(node, path, problems);
  }

  static String child(String path, String name) {
    return SIMPLE_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("'", "\\'") + "']";
  }

  String pathOf(String name) {
    return child(path, name);
  }

  /** The field's value, or {@code null} if absent or JSON null; reports a missing required one. */
  JsonNode field(String name, boolean required) {
    known.add(name);
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        problems.add(pathOf(name), value == null ? "is required" : "must not be null");
      }
      return null;
    }
    return value;
  }

  String string(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(pathOf(name), "must be a string, but was " + describe(value));
      return null;
    }
    if (value.textValue().isBlank()) {
      problems.add(pathOf(name), "must not be empty");
      return null;
    }
    return value.textValue();
  }

  String id(String name) {
    String value = string(name, true);
    if (value != null && !IdPattern.matches(value)) {
      problems.add(
          pathOf(name), "must be 1-128 of A-Z a-z 0-9 . _ - (no spaces), but was '" + value + "'");
      return null;
    }
    return value;
  }

  Boolean bool(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      problems.add(pathOf(name), "must be true or false, but was " + describe(value));
      return null;
    }
    return value.booleanValue();
  }

  Long wholeNumber(String name) {
    JsonNode value = field(name, false);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      problems.add(pathOf(name), "must be a whole number of 0 or more, but was " + describe(value));
      return null;
    }
    return value.longValue();
  }

  LocalDate date(String name, boolean required) {
    String text = string(name, required);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      problems.add(pathOf(name), "must be a date YYYY-MM-DD, but was '" + text + "'");
      return null;
    }
  }

  LocalTime time(String name) {
    String text = string(name, false);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text, TIME);
    } catch (DateTimeParseException e) {
      problems.add(pathOf(name), "must be a 24-hour time HH:MM, but was '" + text + "'");
      return null;
    }
  }

  Locale language(String name) {
    String text = string(name, false);
    if (text == null) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(text);
    // A 5-8 letter primary subtag ("english") is well-formed BCP 47 but names no language.
    if (locale.getLanguage().length() < 2
        || locale.getLanguage().length() > 3
        || !locale.toLanguageTag().equalsIgnoreCase(text)) {
      problems.add(
          pathOf(name), "must be a BCP 47 language tag such as en-GB, but was '" + text + "'");
      return null;
    }
    return locale;
  }

  String webAddress(String name) {
    String text = string(name, false);
    if (text != null && !Urls.isWebAddress(text)) {
      problems.add(pathOf(name), "must be an https:// or http:// address, but was '" + text + "'");
      return null;
    }
    return text;
  }

  Prose prose(String name, boolean required) {
    String text = string(name, required);
    if (text == null) {
      return null;
    }
    String at = pathOf(name);
    int before = problems.size();
    Prose prose = ProseParser.parse(text, message -> problems.add(at, message));
    return problems.size() == before ? prose : null;
  }

  <T extends Enum<T>> T choice(
      String name, boolean required, T[] values, java.util.function.Function<T, String> jsonName) {
    String text = string(name, required);
    if (text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (T value : values) {
      if (jsonName.apply(value).equals(text)) {
        return value;
      }
      names.add(jsonName.apply(value));
    }
    problems.add(
        pathOf(name), "must be one of " + String.join(", ", names) + ", but was '" + text + "'");
    return null;
  }

  /** An optional nested object read by {@code reader}. */
  <T> T object(String name, boolean required, BiFunction<ObjectView, Problems, T> reader) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    ObjectView view = of(value, pathOf(name), problems);
    if (view == null) {
      return null;
    }
    T result = reader.apply(view, problems);
    view.finish();
    return result;
  }

  /** An optional array; each element is read by {@code reader} at {@code path[i]}. */
  <T> List<T> list(String name, boolean required, ElementReader<T> reader) {
    JsonNode value = field(name, required);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(pathOf(name), "must be a list, but was " + describe(value));
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      T element = reader.read(value.get(i), pathOf(name) + "[" + i + "]", problems);
      if (element != null) {
        out.add(element);
      }
    }
    return out;
  }

  /** Reads one element of a list; returns {@code null} after reporting a problem. */
  interface ElementReader<T> {
    T read(JsonNode node, String path, Problems problems);
  }

  /** Reports every field that no getter asked for. */
  void finish() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(pathOf(name), "is not a known field");
      }
    }
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "the string '" + node.textValue() + "'";
    } else if (node.isNumber()) {
      return "the number " + node.asText();
    } else if (node.isBoolean()) {
      return node.asText();
    } else if (node.isArray()) {
      return "a list";
    } else if (node.isObject()) {
      return "an object";
    }
    return "null";
  }
}
