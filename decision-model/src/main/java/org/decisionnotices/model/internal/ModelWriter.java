package org.decisionnotices.model.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.prose.Prose;

/**
 * Writes records and meetings as JSON trees in the field order of the format; absent fields are
 * left out.
 */
public final class ModelWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ModelWriter() {}

  public static ObjectNode record(DecisionRecord r) {
    ObjectNode out = JSON.objectNode();
    out.put("id", r.id());
    out.put("title", r.title());
    out.put("language", r.language().toLanguageTag());
    ObjectNode maker = out.putObject("decisionMaker");
    maker.put("name", r.decisionMaker().name());
    maker.put("type", r.decisionMaker().type().jsonName());
    if (r.meeting() != null) {
      ObjectNode m = out.putObject("meeting");
      m.put("body", r.meeting().body());
      m.put("date", r.meeting().date().toString());
      putIfPresent(m, "time", r.meeting().time() == null ? null : r.meeting().time().toString());
      putIfPresent(m, "venue", r.meeting().venue());
      putIfPresent(m, "url", r.meeting().url());
    }
    out.put("status", r.status());
    out.put("keyDecision", r.keyDecision());
    putIfPresent(out, "forwardPlanReference", r.forwardPlanReference());
    out.put("subjectToCallIn", r.subjectToCallIn());
    putIfPresent(out, "callInDeadline", r.callInDeadline());
    out.put("dateOfDecision", r.dateOfDecision().toString());
    putIfPresent(out, "publicationDate", r.publicationDate());
    putIfPresent(out, "effectiveFrom", r.effectiveFrom());
    putProse(out, "purpose", r.purpose());
    putProse(out, "discussion", r.discussion());
    putProse(out, "decision", r.decision());
    putProse(out, "reasons", r.reasons());
    putProse(out, "alternativesConsidered", r.alternativesConsidered());
    if (!r.interests().isEmpty()) {
      ArrayNode list = out.putArray("interests");
      for (Interest i : r.interests()) {
        ObjectNode o = list.addObject();
        o.put("member", i.member());
        o.put("nature", i.nature());
        putIfPresent(o, "dispensation", i.dispensation());
      }
    }
    putContact(out, "reportAuthor", r.reportAuthor());
    putContact(out, "leadOfficer", r.leadOfficer());
    if (!r.wards().isEmpty()) {
      ArrayNode list = out.putArray("wards");
      r.wards().forEach(list::add);
    }
    putExemption(out, r.exempt());
    putDocuments(out, r.documents());
    return out;
  }

  public static ObjectNode meeting(Meeting m) {
    ObjectNode out = JSON.objectNode();
    out.put("id", m.id());
    out.put("body", m.body());
    out.put("date", m.date().toString());
    putIfPresent(out, "time", m.time() == null ? null : m.time().toString());
    putIfPresent(out, "venue", m.venue());
    out.put("language", m.language().toLanguageTag());
    putContact(out, "contact", m.contact());
    if (!m.members().isEmpty()) {
      ArrayNode list = out.putArray("members");
      for (Member member : m.members()) {
        ObjectNode o = list.addObject();
        o.put("name", member.name());
        putIfPresent(o, "role", member.role());
        putIfPresent(
            o, "attendance", member.attendance() == null ? null : member.attendance().jsonName());
        putIfPresent(o, "substituteFor", member.substituteFor());
      }
    }
    ArrayNode items = out.putArray("items");
    for (AgendaItem item : m.items()) {
      ObjectNode o = items.addObject();
      o.put("number", item.number());
      o.put("title", item.title());
      putProse(o, "purpose", item.purpose());
      putExemption(o, item.exempt());
      putDocuments(o, item.documents());
      if (item.decision() != null) {
        o.set("decision", record(item.decision()));
      }
      putProse(o, "minute", item.minute());
    }
    putIfPresent(out, "endTime", m.endTime() == null ? null : m.endTime().toString());
    return out;
  }

  private static void putIfPresent(ObjectNode out, String name, Object value) {
    if (value != null) {
      out.put(name, value.toString());
    }
  }

  private static void putProse(ObjectNode out, String name, Prose prose) {
    if (prose != null) {
      out.put(name, prose.markdown());
    }
  }

  private static void putContact(ObjectNode out, String name, Contact c) {
    if (c != null) {
      ObjectNode o = out.putObject(name);
      o.put("name", c.name());
      putIfPresent(o, "role", c.role());
      putIfPresent(o, "email", c.email());
      putIfPresent(o, "phone", c.phone());
    }
  }

  private static void putExemption(ObjectNode out, Exemption e) {
    if (e != null) {
      ObjectNode o = out.putObject("exempt");
      ArrayNode paragraphs = o.putArray("paragraphs");
      for (String p : e.paragraphs()) {
        // Numbered paragraphs stay JSON numbers, as they were read; lettered ones are strings.
        if (p.chars().allMatch(Character::isDigit)) {
          paragraphs.add(Integer.parseInt(p));
        } else {
          paragraphs.add(p);
        }
      }
      putIfPresent(o, "reason", e.reason());
    }
  }

  private static void putDocuments(ObjectNode out, List<DocumentRef> documents) {
    if (documents.isEmpty()) {
      return;
    }
    ArrayNode list = out.putArray("documents");
    for (DocumentRef d : documents) {
      ObjectNode o = list.addObject();
      o.put("title", d.title());
      putIfPresent(o, "url", d.url());
      putIfPresent(o, "file", d.file());
      putIfPresent(o, "mediaType", d.mediaType());
      if (d.sizeBytes() != null) {
        o.put("sizeBytes", d.sizeBytes());
      }
    }
  }
}
