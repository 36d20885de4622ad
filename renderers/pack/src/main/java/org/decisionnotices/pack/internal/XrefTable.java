package org.decisionnotices.pack.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One long per object number, kept in a temporary file: a chunk stays in memory only until each of
 * its numbers has its value, so memory does not grow with the number of objects. Numbers are mostly
 * given values soon after they are handed out; those reserved long before (the catalog, say) keep
 * just their chunk in memory.
 */
final class XrefTable implements Closeable {
  private static final int CHUNK = 4096;

  private final FileChannel file;
  private final Map<Integer, long[]> open = new HashMap<>();
  private int[] filled = new int[16];

  XrefTable() throws IOException {
    Path path = Files.createTempFile("pack-xref", ".bin");
    file =
        FileChannel.open(
            path,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
  }

  /** Sets the value of {@code number}, once; values are never 0. */
  void set(int number, long value) throws IOException {
    int chunk = number / CHUNK;
    if (chunk < filled.length && filled[chunk] == CHUNK) {
      throw new IllegalStateException("object " + number + " written twice");
    }
    long[] values = open.computeIfAbsent(chunk, c -> new long[CHUNK]);
    if (values[number % CHUNK] != 0) {
      throw new IllegalStateException("object " + number + " written twice");
    }
    values[number % CHUNK] = value;
    if (chunk >= filled.length) {
      filled = Arrays.copyOf(filled, Math.max(chunk + 1, filled.length * 2));
    }
    if (++filled[chunk] == CHUNK) {
      spill(chunk, values);
    }
  }

  /** Calls {@code row} with each number's value from 1 to {@code count} - 1; 0 if it has none. */
  void forEach(int count, Row row) throws IOException {
    for (Map.Entry<Integer, long[]> chunk : Map.copyOf(open).entrySet()) {
      spill(chunk.getKey(), chunk.getValue());
    }
    file.position(0);
    long stored = file.size() / Long.BYTES;
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(Channels.newInputStream(file), 1 << 16));
    for (int n = 0; n < count; n++) {
      long value = n < stored ? in.readLong() : 0;
      if (n > 0) {
        row.accept(n, value);
      }
    }
  }

  interface Row {
    void accept(int number, long value) throws IOException;
  }

  private void spill(int chunk, long[] values) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Long.BYTES);
    bytes.asLongBuffer().put(values);
    long at = (long) chunk * CHUNK * Long.BYTES;
    while (bytes.hasRemaining()) {
      at += file.write(bytes, at);
    }
    open.remove(chunk);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
