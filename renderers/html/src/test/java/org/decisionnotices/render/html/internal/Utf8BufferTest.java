package org.decisionnotices.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
  private static final String TEXT = "Ŵyl – Café 🏴󠁧󠁢󠁷󠁬󠁳󠁿 \"Gŵyl\" ÿ€ end";

  private static byte[] bytes(Utf8Buffer buffer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    buffer.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void encodesAsStringGetBytesDoes() throws IOException {
    Utf8Buffer buffer = new Utf8Buffer(4); // grows
    buffer.write(TEXT);
    assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), bytes(buffer));
  }

  @Test
  void aSurrogatePairSplitBetweenWritesStaysOneCharacter() throws IOException {
    Utf8Buffer buffer = new Utf8Buffer(16);
    int split = TEXT.indexOf("\uD83C\uDFF4") + 1; // between the two halves of the flag's first pair
    buffer.write(TEXT.toCharArray(), 0, split);
    for (int i = split; i < TEXT.length(); i++) {
      buffer.write(TEXT.charAt(i));
    }
    assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), bytes(buffer));
  }

  @Test
  void manyMultiByteCharactersThenAsciiInOneWriteGrowTheBuffer() throws IOException {
    String text = "ŵ–€".repeat(2000) + "plain".repeat(2000) + "🏴".repeat(500);
    for (int capacity : new int[] {1, 16, 6000}) {
      Utf8Buffer buffer = new Utf8Buffer(capacity);
      buffer.write(text);
      buffer.write(text.toCharArray(), 0, text.length());
      assertArrayEquals((text + text).getBytes(StandardCharsets.UTF_8), bytes(buffer));
    }
  }

  @Test
  void aLoneSurrogateIsAQuestionMarkAsInStringGetBytes() throws IOException {
    String broken = "a\uD83Db\uDC00c\uD83D";
    Utf8Buffer buffer = new Utf8Buffer(16);
    buffer.write(broken);
    assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), bytes(buffer));
  }
}
