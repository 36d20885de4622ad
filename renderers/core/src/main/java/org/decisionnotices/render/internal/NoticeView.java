package org.decisionnotices.render.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.Meeting;
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
    List<String> numbers = e.paragraphs().stream().map(String::valueOf).toList();
    String which =
        labels.format(numbers.size() == 1 ? "paragraph" : "paragraphs", labels.list(numbers));
    Map<String, Object> out = new HashMap<>();
    out.put("paragraphs", String.join(", ", numbers));
    out.put("statement", labels.format(e.isWelsh() ? "exemptWales" : "exemptEngland", which));
    putIfPresent(out, "reason", e.reason());
    return out;
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
