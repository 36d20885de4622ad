package org.decisionnotices.render.layout;

import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.prose.Inline;

/**
 * One labelled value.
 *
 * @param key stable name, e.g. {@code status}; not shown
 * @param label as shown, e.g. "Decision status"
 * @param value as shown; may hold links and line breaks; never empty
 * @since 0.1.0
 */
public record Field(String key, String label, List<Inline> value) {
  public Field {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
    value = List.copyOf(Objects.requireNonNull(value, "value must not be null"));
  }
}
