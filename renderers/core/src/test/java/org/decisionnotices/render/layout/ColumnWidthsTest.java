package org.decisionnotices.render.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The column-width rule every renderer shares, with text measured as one unit a character. */
class ColumnWidthsTest {
  private static final ColumnWidths.Measure<RuntimeException> CHARACTERS =
      (text, header) -> text.length();

  @SafeVarargs
  private static Table table(List<String> header, List<String>... rows) {
    return new Table("caption", header, List.of(rows));
  }

  @Test
  void whatTheColumnsWantIsScaledUpToFillTheWidth() {
    double[] widths = ColumnWidths.of(table(List.of("ab", "abcd")), 12, CHARACTERS);
    assertArrayEquals(new double[] {4, 8}, widths, 1e-9);
  }

  @Test
  void noColumnWantsMoreThanHalfTheWidth() {
    String prose = "word ".repeat(40).strip(); // 199 characters
    double[] widths =
        ColumnWidths.of(table(List.of("Name", "Notes"), List.of("Al", prose)), 100, CHARACTERS);
    // Without the cap the names would get 4 / (4 + 199) of the width, about 2.
    assertEquals(100 * 4 / 54.0, widths[0], 1e-9);
    assertEquals(100 * 50 / 54.0, widths[1], 1e-9);
  }

  @Test
  void whenTheWantsDoNotFitEachColumnKeepsItsLongestWord() {
    Table table =
        table(
            List.of("Member", "Interest", "Dispensation"),
            List.of("Cllr Amelia Hartley-Smith", "Employed by " + "a b c ".repeat(20), "No"));
    double[] widths = ColumnWidths.of(table, 60, CHARACTERS);
    assertEquals(60, Arrays.stream(widths).sum(), 1e-9);
    assertTrue(widths[0] >= "Hartley-Smith".length(), "member " + widths[0]);
    assertTrue(widths[1] >= "Employed".length(), "interest " + widths[1]);
    assertTrue(widths[2] >= "Dispensation".length(), "the header's word " + widths[2]);
    assertTrue(widths[1] > widths[0], "the longer prose gets more: " + Arrays.toString(widths));
  }

  @Test
  void aWordLongerThanAnEqualShareNeedsNoMoreThanThat() {
    Table table = table(List.of("a", "b", "c"), List.of("x".repeat(90), "y".repeat(90), "z"));
    double[] widths = ColumnWidths.of(table, 30, CHARACTERS);
    // Each long column needs a third (10), wants half (15); they share what the short one leaves.
    assertArrayEquals(new double[] {14.5, 14.5, 1}, widths, 1e-9);
  }

  @Test
  void headersAreMeasuredAsHeadersAndCellsWithoutSurroundingSpace() {
    ColumnWidths.Measure<RuntimeException> boldHeaders =
        (text, header) -> {
          assertEquals(text.strip(), text, "measured without surrounding space");
          return header ? 2 * text.length() : text.length();
        };
    double[] widths =
        ColumnWidths.of(table(List.of("abc", "a"), List.of("a ", "  abc")), 100, boldHeaders);
    assertArrayEquals(new double[] {100 * 6 / 9.0, 100 * 3 / 9.0}, widths, 1e-9);
  }

  @Test
  void emptyCellsShareTheWidthEqually() {
    double[] widths = ColumnWidths.of(table(List.of("", "", "", "")), 100, CHARACTERS);
    assertArrayEquals(new double[] {25, 25, 25, 25}, widths, 1e-9);
  }

  @Test
  void whatTheMeasureThrowsComesOut() {
    IOException broken = new IOException("no font");
    ColumnWidths.Measure<IOException> failing =
        (text, header) -> {
          throw broken;
        };
    assertSame(
        broken,
        assertThrows(IOException.class, () -> ColumnWidths.of(table(List.of("a")), 10, failing)));
  }

  @Test
  void aWidthThatIsNotPositiveIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnWidths.of(table(List.of("a")), 0, CHARACTERS));
    assertEquals("total must be positive, but was 0.0", e.getMessage());
  }
}
