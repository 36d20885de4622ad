package com.example.notices;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * A council's own format: the notice as plain text, one line per heading, field and row.
 *
 * @since 0.1.0
 */
public final class PlainTextRenderer implements Renderer {
  static final Format TEXT = new Format("text", "text/plain", "txt");

  @Override
  public Format format() {
    return TEXT;
  }

  @Override
  public void render(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder(notice.title()).append("\n\n");
    for (Section section : notice.sections()) {
      if (section.heading() != null) {
        text.append(section.heading()).append('\n');
      }
      for (Part part : section.parts()) {
        if (part instanceof FieldList fields) {
          for (Field field : fields.fields()) {
            text.append(field.label()).append(": ");
            text.append(Inline.plainText(field.value())).append('\n');
          }
        } else if (part instanceof Table table) {
          text.append(String.join(" | ", table.header())).append('\n');
          for (List<String> row : table.rows()) {
            text.append(String.join(" | ", row)).append('\n');
          }
        } else if (part instanceof Blocks blocks) {
          for (Block block : blocks.blocks()) {
            Block.appendPlainText(block, text);
            text.append('\n');
          }
        }
      }
      text.append('\n');
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
