package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;

/**
 * Strongly emphasised text, usually shown in bold.
 *
 * @since 0.1.0
 */
public record Strong(List<Inline> children) implements Inline {
  public Strong {
    children = List.copyOf(Objects.requireNonNull(children, "children must not be null"));
  }
}
