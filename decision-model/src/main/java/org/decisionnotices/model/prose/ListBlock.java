package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;

/**
 * A bulleted or numbered list.
 *
 * @param ordered {@code true} for a numbered list
 * @param start the first number of a numbered list; 1 for a bulleted one
 * @param items the items, at least one
 * @since 0.1.0
 */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
  public ListBlock {
    items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
  }
}
