package org.decisionnotices.model;

import java.util.List;
import org.decisionnotices.model.internal.IdPattern;

/** Argument checks shared by the records; messages name the argument. */
final class Checks {
  private Checks() {}

  static String notBlank(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static String id(String value, String name) {
    notBlank(value, name);
    if (!IdPattern.matches(value)) {
      throw new IllegalArgumentException(
          name + " must match [A-Za-z0-9._-]{1,128}, but was '" + value + "'");
    }
    return value;
  }

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : List.copyOf(value);
  }
}
