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

/** A meeting of one agenda item whose documents are the given files, for report PDF tests. */
final class ReportMeeting {
  private ReportMeeting() {}

  static Meeting of(String... files) {
    return new Meeting(
        "reports",
        "Test Committee",
        LocalDate.of(2025, 6, 5),
        LocalTime.of(10, 0),
        "Room 2",
        Locale.UK,
        Contact.named("Clerk"),
        List.of(new Member("Councillor A", "Chair", null)),
        List.of(
            new AgendaItem(
                "1",
                "Report",
                null,
                null,
                Arrays.stream(files).map(file -> DocumentRef.ofFile(file, file)).toList(),
                null)));
  }
}
