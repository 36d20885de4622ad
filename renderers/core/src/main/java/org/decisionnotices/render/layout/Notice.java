package org.decisionnotices.render.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document laid out for rendering: what every renderer draws, in order. Built from a record by a
 * {@link NoticeTemplate}, or by hand for other documents (an agenda, a front sheet).
 *
 * @param id identifies the document; output file names and document ids derive from it
 * @param title the document's title, shown as its only level-1 heading and in its metadata
 * @param language the language of the text
 * @param date the date the document is about (of the decision or meeting); renderers use it, never
 *     the clock, for document dates, so output is reproducible
 * @param sections in reading order
 * @since 0.1.0
 */
public record Notice(
    String id, String title, Locale language, LocalDate date, List<Section> sections) {
  public Notice {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(date, "date must not be null");
    sections = List.copyOf(Objects.requireNonNull(sections, "sections must not be null"));
  }
}
