package org.decisionnotices.bench;

import java.io.ByteArrayOutputStream;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.docx.DocxRenderer;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;

/**
 * The cost of the first DOCX in a fresh JVM (docx4j builds its JAXB context then), and of the
 * second. Run it as a new process several times and take the median: {@code java -cp
 * benchmarks/target/benchmarks.jar org.decisionnotices.bench.DocxFirstDocument}.
 */
public final class DocxFirstDocument {
  private DocxFirstDocument() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    RenderOptions options = RenderOptions.defaults();
    Notice notice =
        DecisionNotices.builder()
            .discoverRenderers(false)
            .options(options)
            .build()
            .layout(Samples.record("lscb-annual-report"));
    long laidOut = System.nanoTime();
    DocxRenderer renderer = DocxRenderer.create();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    renderer.render(notice, options, first);
    long firstDone = System.nanoTime();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    renderer.render(notice, options, second);
    long secondDone = System.nanoTime();
    System.out.printf(
        "layout %d ms, first docx %d ms, second docx %d ms (%d bytes)%n",
        (laidOut - start) / 1_000_000,
        (firstDone - laidOut) / 1_000_000,
        (secondDone - firstDone) / 1_000_000,
        second.size());
  }
}
