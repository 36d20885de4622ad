package org.decisionnotices.bench;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.html.HtmlRenderer;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.testkit.Samples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * HTML rendering of the seed notice, against a floor: a bare Mustache render of the same text
 * (title, headings, labels, values, paragraphs) through a minimal template compiled once, with no
 * view model, no tokens, no style sheet. Run from the project root (it reads examples/data): {@code
 * java -jar benchmarks/target/benchmarks.jar HtmlBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmark {
  private static final String FLOOR_TEMPLATE =
      "<!doctype html><html lang=\"{{lang}}\"><head><meta charset=\"utf-8\"><title>{{title}}</title></head>"
          + "<body><main><h1>{{title}}</h1>{{#sections}}<section><h2>{{heading}}</h2>"
          + "{{#fields}}<dl><dt>{{label}}</dt><dd>{{value}}</dd></dl>{{/fields}}"
          + "{{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}</section>{{/sections}}</main></body></html>";

  private DecisionRecord record;
  private Notice notice;
  private DecisionNotices notices;
  private HtmlRenderer renderer;
  private RenderOptions options;
  private Mustache floor;
  private Map<String, Object> floorView;

  @Setup
  public void setUp() {
    record = Samples.record("lscb-annual-report");
    renderer = HtmlRenderer.create();
    options = RenderOptions.defaults();
    notices =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .renderer(renderer)
            .options(options)
            .build();
    notice = notices.layout(record);
    floor = new DefaultMustacheFactory().compile(new StringReader(FLOOR_TEMPLATE), "floor");
    floorView = floorView(notice);
  }

  /**
   * The record laid out by the core template, then rendered: what {@code render --format html}
   * does.
   */
  @Benchmark
  public int layoutAndRender() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    notices.render(record, Format.HTML, out);
    return out.size();
  }

  /** The renderer alone, on a notice laid out once. */
  @Benchmark
  public int renderLaidOutNotice() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    renderer.render(notice, options, out);
    return out.size();
  }

  /** The floor: the same text through a minimal Mustache template. */
  @Benchmark
  public int bareMustacheFloor() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    floor.execute(writer, floorView);
    writer.flush();
    return out.size();
  }

  private static Map<String, Object> floorView(Notice notice) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section section : notice.sections()) {
      List<Map<String, String>> fields = new ArrayList<>();
      List<String> paragraphs = new ArrayList<>();
      for (Part part : section.parts()) {
        if (part instanceof FieldList list) {
          for (Field field : list.fields()) {
            fields.add(Map.of("label", field.label(), "value", Inline.plainText(field.value())));
          }
        } else if (part instanceof Blocks blocks) {
          for (Block block : blocks.blocks()) {
            StringBuilder text = new StringBuilder();
            Block.appendPlainText(block, text);
            paragraphs.add(text.toString());
          }
        }
      }
      sections.add(
          Map.of(
              "heading",
              String.valueOf(section.heading()),
              "fields",
              fields,
              "paragraphs",
              paragraphs));
    }
    return Map.of(
        "lang", notice.language().toLanguageTag(), "title", notice.title(), "sections", sections);
  }
}
