package org.decisionnotices.render.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 as it goes, into a byte array it grows. One pass over the text:
 * collecting a page in a StringBuilder and encoding it at the end copied it twice, and a single
 * character beyond Latin-1 (the en dash of the meeting line) turned the whole builder into UTF-16.
 * Not thread-safe; one per page.
 */
final class Utf8Buffer extends Writer {
  private byte[] bytes;
  private int size;
  private char highSurrogate; // the first half of a pair split between two writes, or 0
  private char[] scratch = new char[256];

  Utf8Buffer(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public void write(int c) {
    encode((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && highSurrogate == 0) {
        if (size == bytes.length) {
          ensure(end - i);
        }
        bytes[size++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  @Override
  public void write(String text, int offset, int length) {
    // Copied out in bulk first: a loop of charAt checks every index.
    if (scratch.length < length) {
      scratch = new char[Math.max(length, 2 * scratch.length)];
    }
    text.getChars(offset, offset + length, scratch, 0);
    write(scratch, 0, length);
  }

  private void encode(char c) {
    ensure(4);
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        return;
      }
      bytes[size++] = '?'; // a lone surrogate, as String.getBytes writes it
      ensure(4);
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Room for {@code more} bytes and then some; encode() asks for the four a char may take. */
  private void ensure(int more) {
    int needed = size + more + 4;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, 2 * bytes.length));
    }
  }

  /** Writes what was written so far, as UTF-8. */
  void writeTo(OutputStream out) throws IOException {
    if (highSurrogate != 0) {
      out.write(bytes, 0, size);
      out.write('?');
      return;
    }
    out.write(bytes, 0, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
