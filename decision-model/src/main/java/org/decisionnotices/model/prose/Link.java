package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;

/**
 * A link.
 *
 * @param target an {@code https:}, {@code http:} or {@code mailto:} address
 * @param children the link text
 */
public record Link(String target, List<Inline> children) implements Inline {
  public Link {
    Objects.requireNonNull(target, "target must not be null");
    children = List.copyOf(Objects.requireNonNull(children, "children must not be null"));
  }
}
