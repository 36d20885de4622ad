package org.decisionnotices.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An agenda pack of {@code pages} report pages (10-page tagged reports, one per item) against a
 * floor: PDFBox's {@code PDFMergerUtility} merging the same files in the same run, also buffered in
 * temp files. The pack adds the checks, front sheet and agenda, structure-tree merging, bookmarks,
 * links and page stamps. Both write to a discarding stream. {@code java -jar
 * benchmarks/target/benchmarks.jar PackBenchmark -prof gc}; peak heap is measured separately by
 * {@link PackHeapMeasurement}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class PackBenchmark {
  @Param({"300", "3000"})
  public int pages;

  private PackInputs inputs;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    inputs = new PackInputs(pages / PackInputs.PAGES_PER_REPORT);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    inputs.close();
  }

  @Benchmark
  public void pack() throws IOException {
    inputs.pack(OutputStream.nullOutputStream());
  }

  @Benchmark
  public void floorPlainMerge() throws IOException {
    inputs.plainMerge(OutputStream.nullOutputStream());
  }
}
