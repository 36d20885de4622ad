package org.decisionnotices.render.layout;

import java.util.List;
import java.util.Objects;

/**
 * A data table with one header row.
 *
 * @param caption says what the table holds; renderers use it as the table's accessible name
 * @param header the column headings
 * @param rows each as long as the header
 * @since 0.1.0
 */
public record Table(String caption, List<String> header, List<List<String>> rows) implements Part {
  public Table {
    Objects.requireNonNull(caption, "caption must not be null");
    header = List.copyOf(Objects.requireNonNull(header, "header must not be null"));
    rows =
        Objects.requireNonNull(rows, "rows must not be null").stream().map(List::copyOf).toList();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new IllegalArgumentException(
            "row "
                + i
                + " has "
                + rows.get(i).size()
                + " cells, but the header has "
                + header.size());
      }
    }
  }
}
