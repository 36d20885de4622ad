package org.decisionnotices.render.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Attendance;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.decisionnotices.render.i18n.Labels;

/**
 * What a notice template sees: the record's values already formatted as text in the labels'
 * language (dates, yes/no, lists), plus {@code labels}. Absent values are absent keys, so that
 * Mustache sections skip them.
 */
public final class NoticeView {
  private NoticeView() {}

  public static Map<String, Object> of(DecisionRecord r, Labels labels) {
    Map<String, Object> view = new HashMap<>();
    view.put("labels", labels.asMap());
    view.put("id", r.id());
    view.put("title", r.title());
    view.put("language", r.language().toLanguageTag());
    view.put(
        "decisionMaker",
        Map.of(
            "name", r.decisionMaker().name(),
            "type", labels.get(r.decisionMaker().type().jsonName())));
    if (r.meeting() != null) {
      Map<String, Object> meeting = new HashMap<>();
      meeting.put("body", r.meeting().body());
      meeting.put("date", labels.date(r.meeting().date()));
      putIfPresent(
          meeting, "time", r.meeting().time() == null ? null : labels.time(r.meeting().time()));
      putIfPresent(meeting, "venue", r.meeting().venue());
      putIfPresent(meeting, "url", r.meeting().url());
      view.put("meeting", meeting);
    }
    view.put("status", r.status());
    view.put("keyDecision", labels.yesNo(r.keyDecision()));
    putIfPresent(view, "forwardPlanReference", r.forwardPlanReference());
    view.put("subjectToCallIn", labels.yesNo(r.subjectToCallIn()));
    putIfPresent(
        view,
        "callInDeadline",
        r.callInDeadline() == null ? null : labels.date(r.callInDeadline()));
    view.put("dateOfDecision", labels.date(r.dateOfDecision()));
    putIfPresent(
        view,
        "publicationDate",
        r.publicationDate() == null ? null : labels.date(r.publicationDate()));
    putIfPresent(
        view, "effectiveFrom", r.effectiveFrom() == null ? null : labels.date(r.effectiveFrom()));
    putIfPresent(view, "reportAuthor", contact(r.reportAuthor()));
    putIfPresent(view, "leadOfficer", contact(r.leadOfficer()));
    if (!r.wards().isEmpty()) {
      view.put("wards", String.join(", ", r.wards()));
    }
    if (r.exempt() != null) {
      view.put("exempt", exemption(r.exempt(), labels));
    }
    List<Map<String, Object>> interests = new ArrayList<>();
    for (Interest i : r.interests()) {
      Map<String, Object> row = new HashMap<>();
      row.put("member", i.member());
      row.put("nature", i.nature());
      putIfPresent(row, "dispensation", i.dispensation());
      interests.add(row);
    }
    view.put("interests", interests);
    List<Map<String, Object>> documents = new ArrayList<>();
    for (DocumentRef d : r.documents()) {
      Map<String, Object> doc = new HashMap<>();
      doc.put("title", d.title());
      putIfPresent(doc, "url", d.url());
      putIfPresent(doc, "file", d.file());
      putIfPresent(doc, "details", details(d));
      documents.add(doc);
    }
    view.put("documents", documents);
    return view;
  }

  /**
   * The view of a meeting's decisions list: {@code title}, {@code intro}, and {@code decisions},
   * each the view of an item's decision plus {@code ref} ({@code item<N>}, N its index in the
   * agenda) and {@code heading}.
   */
  public static Map<String, Object> ofDecisions(Meeting m, Labels labels) {
    Map<String, Object> view = new HashMap<>();
    view.put("labels", labels.asMap());
    view.put("title", labels.format("decisionsTitle", m.body(), labels.date(m.date())));
    String when = labels.date(m.date()) + (m.time() == null ? "" : ", " + labels.time(m.time()));
    view.put(
        "intro", labels.format("decisionsIntro", when, m.venue() == null ? "" : ", " + m.venue()));
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (int i = 0; i < m.items().size(); i++) {
      AgendaItem item = m.items().get(i);
      if (item.decision() != null) {
        Map<String, Object> decision = of(item.decision(), labels);
        decision.put("ref", "item" + i);
        decision.put("heading", labels.format("item", item.number(), item.title()));
        decision.put("hasReasons", item.decision().reasons() != null);
        decision.put("hasAlternatives", item.decision().alternativesConsidered() != null);
        decisions.add(decision);
      }
    }
    view.put("decisions", decisions);
    return view;
  }

  /**
   * The view of a meeting's minutes: {@code title}, when and where, the attendance lists ({@code
   * present}, {@code substitutes}, {@code inAttendance}, {@code apologies}: lines of text), {@code
   * items} (each with {@code ref} {@code item<N>}, {@code heading}, {@code exempt} (the statement,
   * for an exempt item), {@code shown} when its content may be shown, {@code interests} as lines of
   * text, and flags for the labels of its parts), {@code closed} and {@code blank} signature lines.
   * An exempt item's content is shown only if {@code full}.
   */
  public static Map<String, Object> ofMinutes(Meeting m, Labels labels, boolean full) {
    Map<String, Object> view = new HashMap<>();
    view.put("labels", labels.asMap());
    view.put("full", full);
    view.put("title", labels.format("minutesTitle", m.body(), labels.date(m.date())));
    view.put("date", labels.date(m.date()));
    putIfPresent(view, "time", m.time() == null ? null : labels.time(m.time()));
    putIfPresent(view, "venue", m.venue());
    Map<Attendance, List<String>> attendance = new EnumMap<>(Attendance.class);
    for (Member member : m.members()) {
      if (member.attendance() != null) {
        String line =
            member.role() == null ? member.name() : member.name() + " (" + member.role() + ")";
        if (member.substituteFor() != null) {
          line = labels.format("substituteFor", line, member.substituteFor());
        }
        attendance.computeIfAbsent(member.attendance(), a -> new ArrayList<>()).add(line);
      }
    }
    view.put("present", attendance.getOrDefault(Attendance.PRESENT, List.of()));
    view.put("substitutes", attendance.getOrDefault(Attendance.SUBSTITUTE, List.of()));
    view.put("inAttendance", attendance.getOrDefault(Attendance.IN_ATTENDANCE, List.of()));
    view.put("apologies", attendance.getOrDefault(Attendance.APOLOGIES, List.of()));
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < m.items().size(); i++) {
      AgendaItem item = m.items().get(i);
      DecisionRecord decision = item.decision();
      Map<String, Object> row = new HashMap<>();
      row.put("ref", "item" + i);
      row.put("heading", labels.format("item", item.number(), item.title()));
      if (item.exempt() != null) {
        row.put("exempt", statement(item.exempt(), labels, "minutesExempt"));
      }
      boolean shown = item.exempt() == null || full;
      row.put("shown", shown);
      List<String> interests = new ArrayList<>();
      if (decision != null) {
        for (Interest interest : decision.interests()) {
          String line = interest.member() + ": " + interest.nature();
          if (interest.dispensation() != null) {
            line += " (" + labels.format("dispensationGranted", interest.dispensation()) + ")";
          }
          interests.add(line);
        }
      }
      row.put("interests", interests);
      row.put("hasInterests", !interests.isEmpty());
      row.put("hasDiscussion", decision != null && decision.discussion() != null);
      row.put("hasDecision", decision != null);
      row.put("empty", decision == null && item.minute() == null && item.exempt() == null);
      items.add(row);
    }
    view.put("items", items);
    putIfPresent(
        view,
        "closed",
        m.endTime() == null ? null : labels.format("closed", labels.time(m.endTime())));
    // A line to sign or date by hand: the fields stay in every format.
    view.put("blank", "_".repeat(24));
    return view;
  }

  private static Map<String, Object> contact(Contact c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> out = new HashMap<>();
    out.put("name", c.name());
    putIfPresent(out, "role", c.role());
    putIfPresent(out, "email", c.email());
    putIfPresent(out, "phone", c.phone());
    return out;
  }

  private static Map<String, Object> exemption(Exemption e, Labels labels) {
    Map<String, Object> out = new HashMap<>();
    out.put("paragraphs", String.join(", ", e.paragraphs()));
    out.put("statement", statement(e, labels, "exempt"));
    putIfPresent(out, "reason", e.reason());
    return out;
  }

  /** The sentence citing Schedule 12A: {@code key} + "England" or "Wales" names its wording. */
  private static String statement(Exemption e, Labels labels, String key) {
    String which =
        labels.format(
            e.paragraphs().size() == 1 ? "paragraph" : "paragraphs", labels.list(e.paragraphs()));
    return labels.format(key + (e.isWelsh() ? "Wales" : "England"), which);
  }

  /** "PDF, 245 KB": the type and size a reader wants before following a link. */
  static String details(DocumentRef d) {
    List<String> parts = new ArrayList<>();
    if (d.mediaType() != null) {
      parts.add(typeName(d.mediaType()));
    }
    if (d.sizeBytes() != null) {
      parts.add(size(d.sizeBytes()));
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static String typeName(String mediaType) {
    switch (mediaType) {
      case "application/pdf":
        return "PDF";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        return "DOCX";
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        return "XLSX";
      case "text/html":
        return "HTML";
      default:
        return mediaType;
    }
  }

  private static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    } else if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
