package org.decisionnotices.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip so the same content gives the same bytes: docx4j stamps every entry with the
 * current time. Entries come out in a fixed order ({@code [Content_Types].xml} first, as some
 * readers expect, then by name) with one fixed local time, which, unlike {@link ZipEntry#setTime},
 * does not depend on the JVM's time zone; the parts docx4j wrote go through {@link StableXml}.
 */
final class ReproducibleZip {
  private static final LocalDateTime EARLIEST_ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final Comparator<String> ORDER =
      Comparator.comparing((String name) -> !name.equals("[Content_Types].xml"))
          .thenComparing(name -> !name.equals("_rels/.rels"))
          .thenComparing(Comparator.naturalOrder());

  private ReproducibleZip() {}

  /**
   * Writes {@code zip} again to {@code out}, each entry named in {@code replacements} with that
   * content instead of its own.
   */
  static void rewrite(
      byte[] zip, LocalDateTime time, Map<String, byte[]> replacements, OutputStream out)
      throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(ORDER);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          String name = entry.getName();
          byte[] content = replacements.get(name);
          if (content == null) {
            content = in.readAllBytes();
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
              content = StableXml.of(content);
            }
          }
          entries.put(name, content);
        }
      }
    }
    LocalDateTime stamp = time.isBefore(EARLIEST_ZIP_TIME) ? EARLIEST_ZIP_TIME : time;
    // The caller owns out: finish the zip, but do not close it.
    ZipOutputStream zip2 =
        new ZipOutputStream(
            new FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                flush();
              }
            });
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTimeLocal(stamp);
      zip2.putNextEntry(entry);
      zip2.write(e.getValue());
      zip2.closeEntry();
    }
    zip2.finish();
    zip2.flush();
  }
}
