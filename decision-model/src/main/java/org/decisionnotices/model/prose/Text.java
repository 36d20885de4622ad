package org.decisionnotices.model.prose;

import java.util.Objects;

/**
 * Literal text, shown as it is (never interpreted as markup).
 *
 * @since 0.1.0
 */
public record Text(String text) implements Inline {
  public Text {
    Objects.requireNonNull(text, "text must not be null");
  }
}
