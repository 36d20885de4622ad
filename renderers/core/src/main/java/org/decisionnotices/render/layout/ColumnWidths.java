package org.decisionnotices.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link Table}'s columns share a width, by their content: the one rule every renderer
 * follows, so that a table has the same proportions in each format. Each renderer measures text in
 * its own way and unit (font metrics in PDF points; a character count in DOCX, where the reader's
 * font is not ours to choose).
 *
 * <p>A column wants room for its longest cell on one line and needs room for its longest word
 * (headers included, so a heading never breaks mid-word). No column wants more than half the width,
 * so one column of prose cannot starve a column of names, and none needs more than an equal share.
 * If what the columns want fits, each gets its want scaled up to fill the width; if not, each gets
 * what it needs and the rest is shared in proportion to how much more each wants.
 *
 * @since 0.1.0
 */
public final class ColumnWidths {
  private ColumnWidths() {}

  /**
   * How wide a renderer sets a cell's text, its padding included.
   *
   * @param <X> what measuring may throw ({@link RuntimeException} if nothing checked)
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Measure<X extends Exception> {
    /**
     * The width of {@code text} on one line.
     *
     * @param text a whole cell or one word of it, without surrounding white space
     * @param header whether the text is a header cell's
     * @return the width, in the renderer's unit
     * @throws X if the text cannot be measured
     */
    double width(String text, boolean header) throws X;
  }

  /**
   * The width of each column of {@code table}, in {@code measure}'s unit; together they fill {@code
   * total}.
   *
   * @param table the table
   * @param total the width of the whole table
   * @param measure how wide the renderer sets text
   * @param <X> what {@code measure} may throw
   * @return one width per column, left to right
   * @throws X if {@code measure} does
   */
  public static <X extends Exception> double[] of(Table table, double total, Measure<X> measure)
      throws X {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(measure, "measure must not be null");
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException("total must be positive, but was " + total);
    }
    int n = table.header().size();
    List<List<String>> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    double[] need = new double[n];
    double[] want = new double[n];
    for (int r = 0; r < all.size(); r++) {
      boolean header = r == 0;
      for (int c = 0; c < n; c++) {
        String text = all.get(r).get(c).strip();
        want[c] = Math.max(want[c], measure.width(text, header));
        for (String word : text.split("\\s+")) {
          need[c] = Math.max(need[c], measure.width(word, header));
        }
      }
    }
    double needSum = 0;
    double wantSum = 0;
    for (int c = 0; c < n; c++) {
      want[c] = Math.min(want[c], total / 2);
      need[c] = Math.min(need[c], total / n);
      needSum += need[c];
      wantSum += want[c];
    }
    double[] widths = new double[n];
    for (int c = 0; c < n; c++) {
      widths[c] =
          wantSum <= 0
              ? total / n
              : wantSum <= total
                  ? want[c] * total / wantSum
                  : need[c]
                      + (total - needSum) * (want[c] - need[c]) / Math.max(1e-3, wantSum - needSum);
    }
    return widths;
  }
}
