package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of inline content.
 *
 * @since 0.1.0
 */
public record Paragraph(List<Inline> inlines) implements Block {
  public Paragraph {
    inlines = List.copyOf(Objects.requireNonNull(inlines, "inlines must not be null"));
  }
}
