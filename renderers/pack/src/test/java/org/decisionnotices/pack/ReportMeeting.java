package org.decisionnotices.pack;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;

/** Meetings of a test committee, for pack tests. */
final class ReportMeeting {
  private ReportMeeting() {}

  static Meeting of(String... files) {
    return withItems(
        "reports",
        List.of(
            new AgendaItem(
                "1",
                "Report",
                null,
                null,
                Arrays.stream(files).map(file -> DocumentRef.ofFile(file, file)).toList(),
                null)));
  }

  /** The test committee's meeting with the given agenda. */
  static Meeting withItems(String id, List<AgendaItem> items) {
    return new Meeting(
        id,
        "Test Committee",
        LocalDate.of(2025, 6, 5),
        LocalTime.of(10, 0),
        "Room 2",
        Locale.UK,
        Contact.named("Clerk"),
        List.of(new Member("Councillor A", "Chair", null)),
        items);
  }
}
