package org.decisionnotices.pack.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * The front sheet as a notice, so that the PDF renderer lays it out, draws and tags it exactly like
 * a decision notice: the body as title, when, where and who to contact as fields, and the
 * membership as a table.
 */
final class FrontSheet {
  private FrontSheet() {}

  static Notice notice(Meeting meeting, PackLabels labels) {
    List<Field> fields = new ArrayList<>();
    fields.add(field("date", labels.get("date"), labels.date(meeting.date())));
    if (meeting.time() != null) {
      String time =
          String.format(
              Locale.ROOT, "%02d:%02d", meeting.time().getHour(), meeting.time().getMinute());
      fields.add(field("time", labels.get("time"), time));
    }
    if (meeting.venue() != null) {
      fields.add(field("venue", labels.get("venue"), meeting.venue()));
    }
    Contact contact = meeting.contact();
    if (contact != null) {
      String who = contact.role() == null ? contact.name() : contact.name() + ", " + contact.role();
      fields.add(field("contact", labels.get("contact"), who));
      if (contact.email() != null) {
        fields.add(field("email", labels.get("email"), contact.email()));
      }
      if (contact.phone() != null) {
        fields.add(field("phone", labels.get("phone"), contact.phone()));
      }
    }
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("meeting", null, null, List.<Part>of(new FieldList(fields))));
    if (!meeting.members().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Member member : meeting.members()) {
        rows.add(List.of(member.name(), member.role() == null ? "" : member.role()));
      }
      Table table =
          new Table(
              labels.get("membership"), List.of(labels.get("name"), labels.get("role")), rows);
      sections.add(new Section("membership", labels.get("membership"), null, List.<Part>of(table)));
    }
    return new Notice(meeting.id(), meeting.body(), meeting.language(), meeting.date(), sections);
  }

  private static Field field(String key, String label, String value) {
    return new Field(key, label, List.<Inline>of(new Text(value)));
  }
}
