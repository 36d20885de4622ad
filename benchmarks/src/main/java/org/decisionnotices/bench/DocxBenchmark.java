package org.decisionnotices.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.docx.DocxRenderer;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * DOCX rendering of the seed notice (laid out once, in setup), against a floor: docx4j's own empty
 * package ({@code WordprocessingMLPackage.createPackage()}) saved to a byte stream, which is the
 * least any docx4j document costs. Run from the project root (it reads examples/data): {@code java
 * -jar benchmarks/target/benchmarks.jar DocxBenchmark}. For the one-off cost of the first document
 * in a fresh JVM, see {@link DocxFirstDocument}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocxBenchmark {
  private Notice notice;
  private DocxRenderer renderer;
  private RenderOptions options;

  @Setup
  public void setUp() {
    options = RenderOptions.defaults();
    notice =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options)
            .build()
            .layout(Samples.record("lscb-annual-report"));
    renderer = DocxRenderer.create();
  }

  @Benchmark
  public byte[] seedNotice() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    renderer.render(notice, options, out);
    return out.toByteArray();
  }

  @Benchmark
  public byte[] floorEmptyDocx4jPackage() throws Docx4JException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    WordprocessingMLPackage.createPackage().save(out);
    return out.toByteArray();
  }
}
