package org.decisionnotices.render.layout;

import java.util.List;
import java.util.Objects;

/**
 * Label/value pairs, e.g. "Decision status: Recommendations approved". Never empty.
 *
 * @since 0.1.0
 */
public record FieldList(List<Field> fields) implements Part {
  public FieldList {
    fields = List.copyOf(Objects.requireNonNull(fields, "fields must not be null"));
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must not be empty");
    }
  }
}
