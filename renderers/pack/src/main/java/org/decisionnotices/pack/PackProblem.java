package org.decisionnotices.pack;

import java.util.Objects;

/**
 * Something wrong with one document of an agenda pack: an error (in {@link PackInputException}) or
 * a warning (in {@link PackResult#warnings()}).
 *
 * @param itemNumber the agenda item's number as printed, e.g. "5a"
 * @param path the JSON path of the document's {@code file}, e.g. {@code
 *     $.items[3].documents[0].file}
 * @param file the file as written in the meeting JSON, relative to its folder
 * @param message what is wrong, e.g. "is encrypted"
 * @since 0.1.0
 */
public record PackProblem(String itemNumber, String path, String file, String message) {
  public PackProblem {
    Objects.requireNonNull(itemNumber, "itemNumber must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /**
   * {@code $.items[3].documents[0].file: item 4, 'reports/x.pdf' is encrypted}, as the CLI prints
   * it.
   */
  @Override
  public String toString() {
    return path + ": item " + itemNumber + ", '" + file + "' " + message;
  }
}
