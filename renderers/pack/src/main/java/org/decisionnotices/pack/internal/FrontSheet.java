package org.decisionnotices.pack.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * The pack's own pages as notices, so that the PDF renderer lays them out, draws and tags them
 * exactly like a decision notice. The front sheet: the body as title, when, where and who to
 * contact as fields, and the membership as a table. The agenda: a section per item, headed by its
 * number and title, with its purpose as prose (withheld for an exempt item in the public pack) and
 * the exemption statement; the line that links each item to its first page is a {@link
 * org.decisionnotices.render.pdf.PdfPages.PageLink} keyed by {@link #itemKey}.
 */
final class FrontSheet {
  private FrontSheet() {}

  /** The key of the agenda's section for the item at {@code index}, after {@code prefix}. */
  static String itemKey(String prefix, int index) {
    return prefix + "item-" + index;
  }

  /** The agenda, its sections keyed by {@link #itemKey} with {@code prefix}. */
  static Notice agenda(Meeting meeting, PackLabels labels, boolean full, String prefix) {
    List<Section> sections = new ArrayList<>();
    List<AgendaItem> items = meeting.items();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      List<Part> parts = new ArrayList<>();
      boolean withheld = item.isExempt() && !full;
      if (!withheld && item.purpose() != null) {
        parts.add(new Blocks(item.purpose().blocks()));
      }
      if (item.isExempt()) {
        List<Block> statement = new ArrayList<>();
        statement.add(paragraph(labels.exemption(item.exempt())));
        if (full && item.exempt().reason() != null) {
          statement.add(paragraph(item.exempt().reason()));
        }
        parts.add(new Blocks(statement));
      }
      sections.add(
          new Section(itemKey(prefix, i), item.number() + ". " + item.title(), null, parts));
    }
    return new Notice(
        meeting.id(), labels.get("agenda"), meeting.language(), meeting.date(), sections);
  }

  private static Paragraph paragraph(String text) {
    return new Paragraph(List.<Inline>of(new Text(text)));
  }

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
