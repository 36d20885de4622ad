package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;

/**
 * One item of a list: its blocks, usually a single paragraph.
 *
 * @since 0.1.0
 */
public record ListItem(List<Block> blocks) {
  public ListItem {
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks must not be null"));
  }
}
