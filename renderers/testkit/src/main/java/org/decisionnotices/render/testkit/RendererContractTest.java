package org.decisionnotices.render.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every renderer must do, ours or a third party's: show every value of every sample, in the
 * layout's order, reproducibly, and safely from several threads. A renderer module subclasses this
 * and says how to read its output back with its format's own reader.
 *
 * @since 0.1.0
 */
public abstract class RendererContractTest {

  /** The renderer under test. */
  protected abstract Renderer renderer();

  /**
   * The text of {@code output} in reading order, read with the format's own reader (PDF text
   * extraction, a reloaded DOCX package, a parsed HTML DOM). Page headers and footers are left out.
   */
  protected abstract String readBack(byte[] output) throws Exception;

  /** Options to render with; override to test branding or paper size. */
  protected RenderOptions options() {
    return RenderOptions.defaults();
  }

  protected final Notice layout(DecisionRecord record) {
    return DecisionNotices.builder()
        .discoverRenderers(false)
        .options(options())
        .build()
        .layout(record);
  }

  protected final byte[] render(DecisionRecord record) throws IOException {
    return render(layout(record));
  }

  protected final byte[] render(Notice notice) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer().render(notice, options(), out);
    return out.toByteArray();
  }

  static List<Sample> samples() {
    return Samples.records();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void showsEveryValueInLayoutOrder(Sample sample) throws Exception {
    Notice notice = layout(sample.record());
    String text = readBack(render(notice));
    assertNull(ExpectedText.firstMissing(ExpectedText.of(notice), text), sample.name());
  }

  static List<java.nio.file.Path> meetings() {
    return Samples.meetingFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("meetings")
  void showsEveryDecisionOfAMeetingsDecisionsList(java.nio.file.Path file) throws Exception {
    Notice notice =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options())
            .build()
            .layout(Samples.meeting(file));
    String text = readBack(render(notice));
    assertNull(ExpectedText.firstMissing(ExpectedText.of(notice), text), file.toString());
  }

  /** The minutes of every sample meeting, public and full: everything, in the layout's order. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("meetings")
  void showsEverythingOfAMeetingsMinutesInOrder(java.nio.file.Path file) throws Exception {
    DecisionNotices notices =
        DecisionNotices.builder().discoverRenderers(false).options(options()).build();
    for (boolean full : new boolean[] {false, true}) {
      Notice notice = notices.layoutMinutes(Samples.meeting(file), full);
      String text = readBack(render(notice));
      assertNull(
          ExpectedText.firstMissing(ExpectedText.of(notice), text),
          file + (full ? ", full" : ", public"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sameInputGivesIdenticalBytes(Sample sample) throws Exception {
    assertArrayEquals(render(sample.record()), render(sample.record()), sample.name());
  }

  @Test
  void rendersConcurrentlyAsItDoesAlone() throws Exception {
    List<Sample> samples = samples();
    List<byte[]> alone = new ArrayList<>();
    for (Sample sample : samples) {
      alone.add(render(sample.record()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Sample sample : samples) {
          results.add(pool.submit(() -> render(sample.record())));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(
            alone.get(i % samples.size()),
            results.get(i).get(2, TimeUnit.MINUTES),
            samples.get(i % samples.size()).name());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void isFoundByServiceLoaderUnderItsFormat() {
    // A renderer must be declared in META-INF/services to be found by DecisionNotices.create().
    Renderer found = DecisionNotices.create().renderer(renderer().format().id());
    assertEquals(renderer().getClass(), found.getClass());
  }
}
