package org.decisionnotices.pack.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * Writes a PDF body object by object, straight to the output, so that the pack never holds more
 * than one report's objects: PDFBox's own writer (and its incremental save) keeps every object of
 * the document in memory until the end.
 *
 * <p>Objects are numbered by this writer. Objects reached while writing one <em>unit</em> (a
 * report) are numbered in a map that is dropped at {@link #endUnit()}; objects written outside a
 * unit (the front matter, the pack's catalog) stay known until the end. A number can be reserved
 * before its object exists ({@link #reserve()}), and a stand-in dictionary made for it ({@link
 * #placeholder(int)}), so that objects written early can refer to pages written later.
 *
 * <p>Which objects become indirect follows PDFBox's writer: streams and dictionaries not marked
 * direct are indirect, arrays and other values are written in place. As with PDFBox's default save,
 * objects other than streams go into compressed object streams of up to {@value #PACKED} objects,
 * and the cross-reference table is a stream. Output depends only on the objects, so the same
 * objects always give the same bytes.
 */
final class ObjectWriter implements java.io.Closeable {
  private static final byte[] HEADER =
      "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);

  private static final int PACKED = 100;
  private static final int SPILL_OVER = 1 << 20;

  private final Counting file;
  private OutputStream out; // the file, or the open object stream
  private final ByteArrayOutputStream packed = new ByteArrayOutputStream();
  private final int[] packedNumbers = new int[PACKED];
  private final int[] packedOffsets = new int[PACKED];
  private int packedCount;
  private final Map<COSBase, Integer> global = new IdentityHashMap<>();
  private Map<COSBase, Integer> unit;
  private final Deque<COSBase> pending = new ArrayDeque<>();
  // By object number: > 0 its offset; < 0 -(stream << 8 | index) - 1 if in an object stream.
  private final XrefTable offsets = new XrefTable();
  private int next = 1;

  ObjectWriter(OutputStream out) throws IOException {
    this.file = new Counting(out);
    this.out = file;
    file.write(HEADER);
  }

  /** A new object number, for an object to be written later. */
  int reserve() {
    return next++;
  }

  /** A dictionary that stands for object {@code number} wherever it is referred to. */
  COSDictionary placeholder(int number) {
    COSDictionary stand = new COSDictionary();
    stand.setDirect(false);
    global.put(stand, number);
    return stand;
  }

  /** A reference to object {@code number}, lighter than a {@link #placeholder}. */
  static COSBase reference(int number) {
    return new Reference(number);
  }

  /**
   * Writes {@code object} as object {@code number} (reserved earlier), with the rest of the unit,
   * or with the next {@link #drain()} outside one.
   */
  void assign(COSBase object, int number) {
    numbers().put(object, number);
    pending.add(object);
  }

  /**
   * Makes references to {@code object} refer to object {@code number} instead, written by other
   * means; {@code object} itself is not written. Until the unit ends. An object that already has a
   * number keeps it: in a hostile file one dictionary can be both the catalog and a page, and it
   * must not be written twice (found by PackFuzzTest).
   */
  void alias(COSBase object, int number) {
    numbers().putIfAbsent(object, number);
  }

  /** The number of the indirect object {@code object}, queued for writing if it is new. */
  int ref(COSBase object) {
    COSBase actual = object instanceof COSObject indirect ? indirect.getObject() : object;
    Integer number = global.get(actual);
    if (number == null && unit != null) {
      number = unit.get(actual);
    }
    if (number == null) {
      number = next++;
      numbers().put(actual, number);
      pending.add(actual);
    }
    return number;
  }

  /**
   * Writes {@code object} as object {@code number} (reserved earlier) now, and everything it refers
   * to; other objects must refer to it by {@link #reference(int)}.
   */
  void write(int number, COSBase object) throws IOException {
    // Not remembered: whatever refers to it does so by number.
    writeObject(number, object);
    drain();
  }

  void beginUnit() {
    unit = new IdentityHashMap<>();
  }

  /** Writes what the unit still refers to, and forgets its objects. */
  void endUnit() throws IOException {
    drain();
    unit = null;
  }

  /** Writes every queued object. */
  void drain() throws IOException {
    COSBase object;
    while ((object = pending.poll()) != null) {
      Integer number = global.get(object);
      if (number == null) {
        number = unit.get(object);
      }
      writeObject(number, object); // queued once, when it was numbered
    }
  }

  /** The cross-reference stream and trailer; every reserved number must have been written. */
  void finish(int root, int info, COSArray id) throws IOException {
    drain();
    closeObjectStream();
    int xref = next++;
    long at = file.count;
    offsets.set(xref, at);
    int width = 1;
    while (width < 8 && (at >>> (8 * width)) != 0) {
      width++;
    }
    int fieldWidth = width;
    Path rows = Files.createTempFile("pack-xref", ".z");
    try {
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
      try (OutputStream z =
          new DeflaterOutputStream(
              new BufferedOutputStream(Files.newOutputStream(rows)), deflater, 1 << 16)) {
        row(z, 0, 0, fieldWidth, 65535);
        offsets.forEach(
            next,
            (n, entry) -> {
              if (entry == 0) {
                throw new IllegalStateException("object " + n + " was reserved but never written");
              } else if (entry > 0) {
                row(z, 1, entry, fieldWidth, 0);
              } else {
                long packedAt = -(entry + 1);
                row(z, 2, packedAt >>> 8, fieldWidth, (int) (packedAt & 0xFF));
              }
            });
      } finally {
        deflater.end();
      }
      out.write(
          (xref
                  + " 0 obj\n<</Type /XRef /Size "
                  + next
                  + " /W [1 "
                  + width
                  + " 2] /Root "
                  + root
                  + " 0 R /Info "
                  + info
                  + " 0 R /ID ")
              .getBytes(StandardCharsets.ISO_8859_1));
      value(id);
      out.write(
          (" /Filter /FlateDecode /Length " + Files.size(rows) + ">>\nstream\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      Files.copy(rows, out);
    } finally {
      Files.delete(rows);
    }
    out.write(
        ("\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Deletes the temporary file of object offsets; the output stream is not closed. */
  @Override
  public void close() throws IOException {
    offsets.close();
  }

  private static void row(OutputStream rows, int type, long field, int width, int index)
      throws IOException {
    rows.write(type);
    for (int i = width - 1; i >= 0; i--) {
      rows.write((int) (field >>> (8 * i)));
    }
    rows.write(index >>> 8);
    rows.write(index);
  }

  private static byte[] deflate(byte[] data, int length) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(length / 3 + 16);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater)) {
      z.write(data, 0, length);
    } finally {
      deflater.end();
    }
    return compressed.toByteArray();
  }

  /** Writes the open object stream, if it holds anything. */
  private void closeObjectStream() throws IOException {
    if (packedCount == 0) {
      return;
    }
    int stream = next++;
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < packedCount; i++) {
      header.append(packedNumbers[i]).append(' ').append(packedOffsets[i]).append(' ');
      offsets.set(packedNumbers[i], -(((long) stream << 8) | i) - 1);
    }
    byte[] head = header.toString().getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream whole = new ByteArrayOutputStream(head.length + packed.size());
    whole.write(head);
    packed.writeTo(whole);
    byte[] data = deflate(whole.toByteArray(), whole.size());
    offsets.set(stream, file.count);
    file.write(
        (stream
                + " 0 obj\n<</Type /ObjStm /N "
                + packedCount
                + " /First "
                + head.length
                + " /Filter /FlateDecode /Length "
                + data.length
                + ">>\nstream\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    file.write(data);
    file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    packed.reset();
    packedCount = 0;
  }

  private Map<COSBase, Integer> numbers() {
    return unit != null ? unit : global;
  }

  private void writeObject(int number, COSBase body) throws IOException {
    if (body instanceof COSStream stream) {
      // The data is counted before the dictionary is written, as its /Length may be wrong or
      // indirect; a large stream (a scanned page, say) is counted in a temporary file.
      Path spill = null;
      try {
        byte[] start;
        try (InputStream raw = stream.createRawInputStream()) {
          start = raw.readNBytes(SPILL_OVER);
          if (start.length == SPILL_OVER) {
            spill = Files.createTempFile("pack-stream", ".bin");
            try (OutputStream to = new BufferedOutputStream(Files.newOutputStream(spill))) {
              to.write(start);
              raw.transferTo(to);
            }
          }
        }
        offsets.set(number, file.count);
        file.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        dictionary(stream, spill == null ? start.length : Files.size(spill));
        file.write("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        if (spill == null) {
          file.write(start);
        } else {
          Files.copy(spill, file);
        }
        file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
      } finally {
        if (spill != null) {
          Files.delete(spill);
        }
      }
      return;
    }
    packedNumbers[packedCount] = number;
    packedOffsets[packedCount] = packed.size();
    packedCount++;
    out = packed;
    try {
      if (body instanceof COSDictionary dictionary) {
        dictionary(dictionary, -1);
      } else {
        value(body);
      }
      packed.write('\n');
    } finally {
      out = file;
    }
    if (packedCount == PACKED) {
      closeObjectStream();
    }
  }

  /** A dictionary in place; {@code length} >= 0 replaces a stream's /Length. */
  private void dictionary(COSDictionary dictionary, long length) throws IOException {
    out.write("<<".getBytes(StandardCharsets.ISO_8859_1));
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      if (length >= 0 && COSName.LENGTH.equals(entry.getKey())) {
        continue;
      }
      COSBase value = entry.getValue();
      if (value == null || value instanceof COSNull) {
        continue; // an absent key and a null value mean the same
      }
      entry.getKey().writePDF(out);
      out.write(' ');
      member(value);
      out.write('\n');
    }
    if (length >= 0) {
      out.write(("/Length " + length + "\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    out.write(">>".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A value inside a dictionary or array: indirect objects by reference. */
  private void member(COSBase value) throws IOException {
    if (value instanceof Reference reference) {
      out.write((reference.number + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
    } else if (value instanceof COSObject indirect) {
      COSBase actual = indirect.getObject();
      if (actual == null || actual instanceof COSNull) {
        out.write("null".getBytes(StandardCharsets.ISO_8859_1));
      } else if (actual instanceof COSDictionary) {
        reference(actual);
      } else {
        value(actual);
      }
    } else if (value instanceof COSDictionary dictionary && !dictionary.isDirect()) {
      reference(dictionary);
    } else {
      value(value);
    }
  }

  private void reference(COSBase object) throws IOException {
    out.write((ref(object) + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
  }

  private void value(COSBase value) throws IOException {
    if (value instanceof COSDictionary dictionary) {
      dictionary(dictionary, -1);
    } else if (value instanceof COSArray array) {
      out.write('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.write(' ');
        }
        COSBase item = array.get(i);
        if (item == null) {
          out.write("null".getBytes(StandardCharsets.ISO_8859_1));
        } else {
          member(item);
        }
      }
      out.write(']');
    } else if (value instanceof COSString string) {
      COSWriter.writeString(string, out);
    } else if (value instanceof COSName name) {
      name.writePDF(out);
    } else if (value instanceof COSInteger integer) {
      integer.writePDF(out);
    } else if (value instanceof COSFloat number) {
      number.writePDF(out);
    } else if (value instanceof COSBoolean bool) {
      bool.writePDF(out);
    } else if (value instanceof COSNull || value == null) {
      out.write("null".getBytes(StandardCharsets.ISO_8859_1));
    } else if (value instanceof COSObject || value instanceof Reference) {
      member(value);
    } else {
      throw new IOException("cannot write a " + value.getClass().getSimpleName());
    }
  }

  /** An indirect reference by number alone. */
  private static final class Reference extends COSBase {
    final int number;

    Reference(int number) {
      this.number = number;
    }

    @Override
    public void accept(ICOSVisitor visitor) {
      throw new UnsupportedOperationException("written only by ObjectWriter");
    }
  }

  /** Counts bytes written, for the cross-reference table. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
