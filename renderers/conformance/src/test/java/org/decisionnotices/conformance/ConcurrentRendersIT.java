package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * One {@link DecisionNotices} used from 8 threads for 10,000 renders of every sample in every
 * format gives, for each, the bytes one thread gives, and the heap in use after the run is what it
 * was after the first thousand: nothing accumulates per render (issue 13).
 */
class ConcurrentRendersIT {
  private static final int RENDERS = 10_000;
  private static final int THREADS = 8;
  private static final List<Format> FORMATS = List.of(Format.PDF, Format.DOCX, Format.HTML);

  private static byte[] digest(DecisionNotices notices, DecisionRecord record, Format format)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    notices.render(record, format, out);
    return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
  }

  @Test
  void eightThreadsGiveTheBytesOfOneWithFlatMemory() throws Exception {
    List<DecisionRecord> records = Samples.records().stream().map(Samples.Sample::record).toList();
    int jobs = records.size() * FORMATS.size();
    // The reference: each record in each format, rendered on this one thread by a fresh instance.
    byte[][] expected = new byte[jobs][];
    DecisionNotices single = DecisionNotices.create();
    for (int j = 0; j < jobs; j++) {
      expected[j] =
          digest(single, records.get(j % records.size()), FORMATS.get(j / records.size()));
    }

    DecisionNotices shared = DecisionNotices.create();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger mismatches = new AtomicInteger();
    long[] afterWarmUp = new long[1];
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < RENDERS) {
                    int j = i % jobs;
                    byte[] actual =
                        digest(
                            shared,
                            records.get(j % records.size()),
                            FORMATS.get(j / records.size()));
                    if (!Arrays.equals(expected[j], actual)) {
                      mismatches.incrementAndGet();
                    }
                    if (i == 1_000) {
                      synchronized (afterWarmUp) {
                        System.gc();
                        afterWarmUp[0] = memory.getHeapMemoryUsage().getUsed();
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get(30, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    System.gc();
    long afterAll = memory.getHeapMemoryUsage().getUsed();

    assertEquals(0, mismatches.get(), "renders that differ from one thread's");
    assertTrue(afterWarmUp[0] > 0);
    // Flat: no more than 32 MB above the heap in use after the first thousand renders.
    assertTrue(
        afterAll < afterWarmUp[0] + (32L << 20),
        "heap in use grew from " + (afterWarmUp[0] >> 20) + " MB to " + (afterAll >> 20) + " MB");
  }
}
