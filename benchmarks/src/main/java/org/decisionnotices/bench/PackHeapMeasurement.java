package org.decisionnotices.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Time and peak heap of an agenda pack against PDFBox's plain merge of the same files, for each
 * page count given (default 300 and 3000). Plain Java, run by hand; a single run per variant after
 * one warm-up, so treat times as indicative (PackBenchmark has the JMH numbers):
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.decisionnotices.bench.PackHeapMeasurement 300 3000
 * </pre>
 *
 * Peak heap is the sum of the heap pools' peak usage since a reset made after a full GC: it
 * includes garbage not yet collected, so it depends on -Xmx. Running with a small -Xmx (e.g.
 * -Xmx64m) shows whether a variant fits at all.
 */
public final class PackHeapMeasurement {
  private interface Run {
    void run(OutputStream out) throws IOException;
  }

  private PackHeapMeasurement() {}

  /**
   * Arguments: page counts, optionally followed by "pack" or "floor" to run only that one, and
   * "items=N" to spread the pages over N agenda items (several reports each) rather than one item
   * per 10-page report, so that the agenda's size stays fixed while the page count grows.
   */
  public static void main(String[] args) throws IOException {
    boolean pack = true;
    boolean floor = true;
    int items = 0;
    java.util.List<Integer> counts = new java.util.ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "pack" -> floor = false;
        case "floor" -> pack = false;
        default -> {
          if (arg.startsWith("items=")) {
            items = Integer.parseInt(arg.substring("items=".length()));
          } else {
            counts.add(Integer.parseInt(arg));
          }
        }
      }
    }
    if (counts.isEmpty()) {
      counts = java.util.List.of(300, 3000);
    }
    System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    for (int pages : counts) {
      int reports = pages / PackInputs.PAGES_PER_REPORT;
      try (PackInputs inputs =
          items == 0 ? new PackInputs(reports) : new PackInputs(items, reports / items)) {
        if (floor) {
          inputs.plainMerge(OutputStream.nullOutputStream()); // warm-up
          measure(pages + " pages, plain PDFMergerUtility", inputs::plainMerge);
        }
        if (pack) {
          inputs.pack(OutputStream.nullOutputStream()); // warm-up
          measure(pages + " pages, agenda pack", inputs::pack);
        }
      }
    }
  }

  private static void measure(String name, Run run) throws IOException {
    System.gc();
    long before = heapUsed();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    run.run(OutputStream.nullOutputStream());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "%-40s %7d ms   peak heap %5d MB   (live before %d MB, after %d MB)%n",
        name,
        millis,
        peak >> 20,
        before >> 20,
        heapUsed() >> 20);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
