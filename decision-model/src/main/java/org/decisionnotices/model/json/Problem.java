package org.decisionnotices.model.json;

import java.util.Objects;

/**
 * One problem found in a JSON file.
 *
 * @param path the JSON path of the offending value, e.g. {@code $.documents[2].url}; {@code $} for
 *     the file as a whole
 * @param message what was expected, e.g. "must be a date YYYY-MM-DD, but was '24/10/2016'"
 * @since 0.1.0
 */
public record Problem(String path, String message) {
  public Problem {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /** {@code path: message}, the form the command line prints. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
