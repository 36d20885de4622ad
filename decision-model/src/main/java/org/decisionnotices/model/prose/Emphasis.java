package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;

/**
 * Emphasised text, usually shown in italics.
 *
 * @since 0.1.0
 */
public record Emphasis(List<Inline> children) implements Inline {
  public Emphasis {
    children = List.copyOf(Objects.requireNonNull(children, "children must not be null"));
  }
}
