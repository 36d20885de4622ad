package org.decisionnotices.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The meeting at which a decision was taken.
 *
 * @param body the committee, board or council
 * @param date never {@code null}
 * @param time or {@code null}
 * @param venue or {@code null}
 * @param url the meeting's web page, or {@code null}
 * @since 0.1.0
 */
public record MeetingRef(String body, LocalDate date, LocalTime time, String venue, String url) {
  public MeetingRef {
    Checks.notBlank(body, "body");
    Objects.requireNonNull(date, "date must not be null");
  }

  public static MeetingRef of(String body, LocalDate date) {
    return new MeetingRef(body, date, null, null, null);
  }
}
