package org.decisionnotices.model.prose;

import java.util.Objects;

/** Literal text, shown as it is (never interpreted as markup). */
public record Text(String text) implements Inline {
  public Text {
    Objects.requireNonNull(text, "text must not be null");
  }
}
