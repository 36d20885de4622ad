package org.decisionnotices.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A meeting and its agenda, the input of an agenda pack.
 *
 * <p>Optional fields are {@code null} when absent; lists are empty, never {@code null}.
 *
 * @param items at least one, in agenda order
 * @param endTime when the meeting closed, for its minutes, or {@code null}
 * @since 0.1.0
 */
public record Meeting(
    String id,
    String body,
    LocalDate date,
    LocalTime time,
    String venue,
    Locale language,
    Contact contact,
    List<Member> members,
    List<AgendaItem> items,
    LocalTime endTime) {

  public Meeting {
    Checks.id(id, "id");
    Checks.notBlank(body, "body");
    Objects.requireNonNull(date, "date must not be null");
    language = language == null ? DecisionRecord.DEFAULT_LANGUAGE : language;
    members = Checks.list(members);
    items = Checks.list(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
  }

  /** A meeting whose closing time is not recorded (yet). */
  public Meeting(
      String id,
      String body,
      LocalDate date,
      LocalTime time,
      String venue,
      Locale language,
      Contact contact,
      List<Member> members,
      List<AgendaItem> items) {
    this(id, body, date, time, venue, language, contact, members, items, null);
  }
}
