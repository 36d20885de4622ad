package org.decisionnotices.render.layout;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A titled part of a notice, drawn as a level-2 heading followed by its parts.
 *
 * @param key stable name of the section, e.g. {@code purpose}; not shown
 * @param heading the heading text, or {@code null} for a section without a heading
 * @param language the language of this section if it differs from the notice's, else {@code null}
 * @param parts empty only in a section with a heading (an agenda item with nothing more to say)
 * @since 0.1.0
 */
public record Section(String key, String heading, Locale language, List<Part> parts) {
  public Section {
    Objects.requireNonNull(key, "key must not be null");
    parts = List.copyOf(Objects.requireNonNull(parts, "parts must not be null"));
    if (parts.isEmpty() && heading == null) {
      throw new IllegalArgumentException(
          "parts of section " + key + " must not be empty when it has no heading");
    }
  }
}
