package org.decisionnotices.render.layout;

import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.prose.Block;

/**
 * Prose: paragraphs and lists, as parsed from a record's prose fields.
 *
 * @since 0.1.0
 */
public record Blocks(List<Block> blocks) implements Part {
  public Blocks {
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks must not be null"));
  }
}
