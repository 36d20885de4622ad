package org.decisionnotices.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * Feeds everything a notice holds into a digest, for the trailer ID: each value tagged with its
 * kind and prefixed with its length, so that different notices cannot run together into the same
 * input. A walk rather than the notice's {@code toString()}, which built one long string through
 * the records' generated methods and took a twentieth of a batch's time.
 */
final class NoticeDigest {
  private final MessageDigest digest;

  private NoticeDigest(MessageDigest digest) {
    this.digest = digest;
  }

  static void update(MessageDigest digest, Notice notice) {
    NoticeDigest d = new NoticeDigest(digest);
    d.text('N', notice.id());
    d.text('t', notice.title());
    d.text('l', notice.language().toLanguageTag());
    d.text('d', notice.date().toString());
    for (Section section : notice.sections()) {
      d.text('S', section.key());
      d.text('h', section.heading());
      d.text('l', section.language() == null ? null : section.language().toLanguageTag());
      for (Part part : section.parts()) {
        d.part(part);
      }
    }
  }

  private void part(Part part) {
    if (part instanceof FieldList list) {
      mark('F');
      for (Field field : list.fields()) {
        text('k', field.key());
        text('b', field.label());
        inlines(field.value());
      }
    } else if (part instanceof Table table) {
      text('T', table.caption());
      table.header().forEach(h -> text('c', h));
      for (List<String> row : table.rows()) {
        mark('r');
        row.forEach(cell -> text('c', cell));
      }
    } else if (part instanceof Blocks blocks) {
      mark('B');
      blocks(blocks.blocks());
    }
    mark('.');
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        mark('p');
        inlines(paragraph.inlines());
      } else if (block instanceof ListBlock list) {
        text(list.ordered() ? 'o' : 'u', Integer.toString(list.start()));
        for (ListItem item : list.items()) {
          mark('i');
          blocks(item.blocks());
          mark('.');
        }
      }
      mark('.');
    }
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        text('x', text.text());
      } else if (inline instanceof Emphasis emphasis) {
        mark('e');
        inlines(emphasis.children());
      } else if (inline instanceof Strong strong) {
        mark('s');
        inlines(strong.children());
      } else if (inline instanceof Link link) {
        text('a', link.target());
        inlines(link.children());
      } else if (inline instanceof LineBreak) {
        mark('n');
      }
      mark('.');
    }
  }

  private void mark(char kind) {
    digest.update((byte) kind);
  }

  private void text(char kind, String value) {
    mark(kind);
    if (value == null) {
      digest.update((byte) 0xFF);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    digest.update(bytes);
  }
}
