package org.decisionnotices.render.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.render.layout.Table;

/**
 * Shares a table's width among its columns by their content, the way the PDF renderer does, but
 * counting characters: DOCX has no font metrics here, and the reader's font is not ours to choose.
 * A column wants room for its longest cell on one line and needs room for its longest word (the
 * header's included, so a heading never breaks mid-word); no column may want more than half the
 * width, so one column of prose cannot starve a column of names.
 */
final class ColumnWidths {
  /** An average character of 11 pt Table Text: about half an em, in twips. */
  static final int CHAR = 110;

  /** The NoticeTable style's left and right cell margins together, in twips. */
  static final int PADDING = 2 * 108;

  private ColumnWidths() {}

  /** Widths in twips, one per column, that sum to exactly {@code total}. */
  static int[] of(Table table, int total) {
    int n = table.header().size();
    if (n == 0) {
      return new int[0];
    }
    List<List<String>> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    double[] min = new double[n];
    double[] want = new double[n];
    for (List<String> row : all) {
      for (int c = 0; c < n; c++) {
        String text = row.get(c).strip();
        want[c] = Math.max(want[c], twips(text.codePointCount(0, text.length())));
        for (String word : text.split("\\s+")) {
          min[c] = Math.max(min[c], twips(word.codePointCount(0, word.length())));
        }
      }
    }
    double minSum = 0;
    double wantSum = 0;
    for (int c = 0; c < n; c++) {
      want[c] = Math.min(want[c], total / 2.0);
      min[c] = Math.min(min[c], (double) total / n);
      minSum += min[c];
      wantSum += want[c];
    }
    double[] exact = new double[n];
    for (int c = 0; c < n; c++) {
      exact[c] =
          wantSum <= total
              ? want[c] * total / wantSum
              : min[c] + (total - minSum) * (want[c] - min[c]) / Math.max(1e-3, wantSum - minSum);
    }
    // Round, then give the rounding error to the widest column so the grid fills the text width.
    int[] widths = new int[n];
    int sum = 0;
    int widest = 0;
    for (int c = 0; c < n; c++) {
      widths[c] = (int) Math.round(exact[c]);
      sum += widths[c];
      widest = widths[c] > widths[widest] ? c : widest;
    }
    widths[widest] += total - sum;
    return widths;
  }

  private static double twips(int characters) {
    return characters * CHAR + PADDING;
  }
}
