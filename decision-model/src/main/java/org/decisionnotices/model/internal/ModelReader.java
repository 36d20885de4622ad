package org.decisionnotices.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Attendance;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DecisionMaker;
import org.decisionnotices.model.DecisionMakerType;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.MeetingRef;
import org.decisionnotices.model.Member;

/**
 * Reads records and meetings from a JSON tree, reporting every problem with its path. Returns
 * {@code null} for anything that had a problem, so no half-valid model ever escapes.
 */
public final class ModelReader {
  private ModelReader() {}

  public static DecisionRecord record(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    int before = problems.size();
    DecisionRecord.Builder b = DecisionRecord.builder();
    b.id(view.id("id"));
    b.title(view.string("title", true));
    b.language(view.language("language"));
    b.decisionMaker(view.object("decisionMaker", true, ModelReader::decisionMaker));
    b.meeting(view.object("meeting", false, ModelReader::meetingRef));
    b.status(view.string("status", true));
    Boolean key = view.bool("keyDecision", true);
    b.keyDecision(key != null && key);
    b.forwardPlanReference(view.string("forwardPlanReference", false));
    Boolean callIn = view.bool("subjectToCallIn", false);
    b.subjectToCallIn(callIn != null && callIn);
    b.callInDeadline(view.date("callInDeadline", false));
    LocalDate dateOfDecision = view.date("dateOfDecision", true);
    b.dateOfDecision(dateOfDecision);
    b.publicationDate(view.date("publicationDate", false));
    b.effectiveFrom(view.date("effectiveFrom", false));
    b.purpose(view.prose("purpose", false));
    b.discussion(view.prose("discussion", false));
    b.decision(view.prose("decision", true));
    b.reasons(view.prose("reasons", false));
    b.alternativesConsidered(view.prose("alternativesConsidered", false));
    b.interests(view.list("interests", false, ModelReader::interest));
    b.reportAuthor(view.object("reportAuthor", false, ModelReader::contact));
    b.leadOfficer(view.object("leadOfficer", false, ModelReader::contact));
    b.wards(view.list("wards", false, ModelReader::ward));
    b.exempt(view.object("exempt", false, ModelReader::exemption));
    b.documents(view.list("documents", false, ModelReader::document));
    view.finish();
    return problems.size() == before ? b.build() : null;
  }

  public static Meeting meeting(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    int before = problems.size();
    String id = view.id("id");
    String body = view.string("body", true);
    LocalDate date = view.date("date", true);
    var time = view.time("time");
    String venue = view.string("venue", false);
    var language = view.language("language");
    Contact contact = view.object("contact", false, ModelReader::contact);
    List<Member> members = view.list("members", false, ModelReader::member);
    int beforeItems = problems.size();
    List<AgendaItem> items = view.list("items", true, ModelReader::agendaItem);
    if (items.isEmpty() && problems.size() == beforeItems) {
      problems.add(view.pathOf("items"), "must list at least one agenda item");
    }
    var endTime = view.time("endTime");
    view.finish();
    if (problems.size() != before) {
      return null;
    }
    return new Meeting(id, body, date, time, venue, language, contact, members, items, endTime);
  }

  private static DecisionMaker decisionMaker(ObjectView view, Problems problems) {
    String name = view.string("name", true);
    DecisionMakerType type =
        view.choice("type", true, DecisionMakerType.values(), DecisionMakerType::jsonName);
    return name == null || type == null ? null : new DecisionMaker(name, type);
  }

  private static MeetingRef meetingRef(ObjectView view, Problems problems) {
    String body = view.string("body", true);
    LocalDate date = view.date("date", true);
    var time = view.time("time");
    String venue = view.string("venue", false);
    String url = view.webAddress("url");
    return body == null || date == null ? null : new MeetingRef(body, date, time, venue, url);
  }

  private static Contact contact(ObjectView view, Problems problems) {
    String name = view.string("name", true);
    String role = view.string("role", false);
    String email = view.string("email", false);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
      problems.add(view.pathOf("email"), "must be an email address, but was '" + email + "'");
    }
    String phone = view.string("phone", false);
    return name == null ? null : new Contact(name, role, email, phone);
  }

  private static Interest interest(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    String member = view.string("member", true);
    String nature = view.string("nature", true);
    String dispensation = view.string("dispensation", false);
    view.finish();
    return member == null || nature == null ? null : new Interest(member, nature, dispensation);
  }

  private static String ward(JsonNode node, String path, Problems problems) {
    if (!node.isTextual() || node.textValue().isBlank()) {
      problems.add(path, "must be a ward name, but was " + ObjectView.describe(node));
      return null;
    }
    return node.textValue();
  }

  private static Member member(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    String name = view.string("name", true);
    String role = view.string("role", false);
    Attendance attendance =
        view.choice("attendance", false, Attendance.values(), Attendance::jsonName);
    String substituteFor = view.string("substituteFor", false);
    if (substituteFor != null && attendance != Attendance.SUBSTITUTE) {
      problems.add(
          view.pathOf("substituteFor"),
          "names whom a substitute stands in for, so needs \"attendance\": \"substitute\"");
      substituteFor = null;
    }
    view.finish();
    return name == null ? null : new Member(name, role, attendance, substituteFor);
  }

  private static Exemption exemption(ObjectView view, Problems problems) {
    JsonNode value = view.field("paragraphs", true);
    String reason = view.string("reason", false);
    if (value == null) {
      return null;
    }
    String at = view.pathOf("paragraphs");
    if (!value.isArray()) {
      problems.add(
          at, "must be a list of paragraph numbers, but was " + ObjectView.describe(value));
      return null;
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode p = value.get(i);
      if (p.isIntegralNumber() && p.canConvertToInt()) {
        paragraphs.add(Integer.toString(p.intValue()));
      } else if (p.isTextual() && p.textValue().matches("[0-9]{1,2}[A-Za-z]")) {
        paragraphs.add(p.textValue().toUpperCase(Locale.ROOT));
      } else {
        problems.add(
            at + "[" + i + "]",
            "must be a paragraph number, or a lettered paragraph such as \"7A\" or \"18A\", but"
                + " was "
                + ObjectView.describe(p));
        return null;
      }
    }
    String problem = ExemptionRules.problemWith(paragraphs);
    if (problem != null) {
      problems.add(at, problem);
      return null;
    }
    return new Exemption(paragraphs, reason);
  }

  private static DocumentRef document(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    int before = problems.size();
    String title = view.string("title", true);
    String url = view.webAddress("url");
    String file = fileInFolder(view, false);
    String mediaType = view.string("mediaType", false);
    if (mediaType != null && !mediaType.matches("[\\w.+-]+/[\\w.+-]+")) {
      problems.add(
          view.pathOf("mediaType"),
          "must be a media type such as application/pdf, but was '" + mediaType + "'");
    }
    Long size = view.wholeNumber("sizeBytes");
    view.finish();
    return problems.size() == before ? new DocumentRef(title, url, file, mediaType, size) : null;
  }

  /** An agenda item's document: only {@code title} and {@code file}, a PDF in the folder. */
  private static DocumentRef agendaDocument(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    int before = problems.size();
    String title = view.string("title", true);
    String file = fileInFolder(view, true);
    if (file != null && !file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      problems.add(view.pathOf("file"), "must name a PDF file (.pdf), but was '" + file + "'");
    }
    view.finish();
    return problems.size() == before ? DocumentRef.ofFile(title, file) : null;
  }

  private static String fileInFolder(ObjectView view, boolean required) {
    String file = view.string("file", required);
    if (file != null && !isInsideFolder(file)) {
      view.problems.add(
          view.pathOf("file"),
          "must be a path inside the JSON file's folder, but was '" + file + "'");
      return null;
    }
    return file;
  }

  private static AgendaItem agendaItem(JsonNode node, String path, Problems problems) {
    ObjectView view = ObjectView.of(node, path, problems);
    if (view == null) {
      return null;
    }
    int before = problems.size();
    String number = view.string("number", true);
    String title = view.string("title", true);
    var purpose = view.prose("purpose", false);
    Exemption exempt = view.object("exempt", false, ModelReader::exemption);
    List<DocumentRef> documents = view.list("documents", false, ModelReader::agendaDocument);
    JsonNode decisionNode = view.field("decision", false);
    DecisionRecord decision =
        decisionNode == null ? null : record(decisionNode, view.pathOf("decision"), problems);
    var minute = view.prose("minute", false);
    view.finish();
    if (problems.size() != before) {
      return null;
    }
    return new AgendaItem(number, title, purpose, exempt, documents, decision, minute);
  }

  /**
   * A relative path that stays inside its folder: not absolute, no drive letter, and no {@code ..}
   * that climbs above the start.
   */
  static boolean isInsideFolder(String file) {
    if (file.startsWith("/")
        || file.startsWith("\\")
        || file.matches("^[A-Za-z]:.*")
        || file.indexOf('\0') >= 0) {
      return false;
    }
    int depth = 0;
    for (String segment : file.split("[/\\\\]")) {
      if (segment.equals("..")) {
        depth--;
        if (depth < 0) {
          return false;
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    return depth > 0;
  }
}
