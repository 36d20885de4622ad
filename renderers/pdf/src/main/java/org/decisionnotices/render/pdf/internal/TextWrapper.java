package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.render.RenderException;

/**
 * Breaks pieces of text into lines by the fonts' advance widths. Each word is measured once and
 * line widths are sums, so wrapping is linear in the text. A line that ends at a break keeps its
 * trailing space: it is invisible, and without it text extraction and screen readers join the last
 * word of a line to the first word of the next.
 *
 * <p>Public because the pack module shares it; not API.
 */
public final class TextWrapper {

  /** Part of a word in one face and owner; {@code text} may end with the space after it. */
  record Frag(String text, FontStyle style, Node owner, String link, float x, float inkWidth) {}

  /** A wrapped line: its fragments left to right, and its visible width. */
  record Line(List<Frag> frags, float width) {}

  private static final class Word {
    final List<Piece> parts = new ArrayList<>();
    final List<Float> widths = new ArrayList<>();
    float width;
    boolean spaceAfter;
    boolean breakAfter;

    void add(Piece part, float partWidth) {
      parts.add(part);
      widths.add(partWidth);
      width += partWidth;
    }
  }

  private final FontLibrary fonts;
  private final String noticeId;

  /** {@code noticeId} names the document in errors. */
  public TextWrapper(FontLibrary fonts, String noticeId) {
    this.fonts = fonts;
    this.noticeId = noticeId;
  }

  /**
   * Plain text in one face as lines of at most {@code maxWidth} points; every line but the last
   * ends with its space.
   *
   * @throws RenderException if the font has no glyph for a character
   */
  public List<String> wrap(String text, FontStyle style, float size, float maxWidth)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (Line line : wrap(List.of(new Piece(text, style, null, null)), size, maxWidth, null)) {
      StringBuilder joined = new StringBuilder();
      for (Frag frag : line.frags()) {
        joined.append(frag.text());
      }
      lines.add(joined.toString());
    }
    return lines;
  }

  /**
   * Lines of at most {@code maxWidth} points; a single word wider than that is split between
   * characters. {@code where} is the section key for errors, {@code null} outside sections.
   */
  List<Line> wrap(List<Piece> pieces, float size, float maxWidth, String where) throws IOException {
    List<Line> lines = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    float width = 0;
    for (Word word : words(pieces, size, where)) {
      List<Word> chunks = word.width > maxWidth ? split(word, size, maxWidth) : List.of(word);
      for (int i = 0; i < chunks.size(); i++) {
        Word chunk = chunks.get(i);
        float gap = current.isEmpty() ? 0 : spaceWidth(current.get(current.size() - 1), size);
        if (!current.isEmpty() && width + gap + chunk.width > maxWidth) {
          lines.add(line(current, size));
          current = new ArrayList<>();
          width = 0;
          gap = 0;
        }
        current.add(chunk);
        width += gap + chunk.width;
        if (i < chunks.size() - 1 || chunk.breakAfter) {
          lines.add(line(current, size));
          current = new ArrayList<>();
          width = 0;
        }
      }
    }
    if (!current.isEmpty()) {
      lines.add(line(current, size));
    }
    return lines;
  }

  private List<Word> words(List<Piece> pieces, float size, String where) throws IOException {
    List<Word> words = new ArrayList<>();
    Word word = new Word();
    StringBuilder part = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece.isBreak()) {
        if (!word.parts.isEmpty()) {
          words.add(word);
          word = new Word();
        }
        if (!words.isEmpty()) {
          Word last = words.get(words.size() - 1);
          last.breakAfter = true;
          // The invisible space keeps "role" and "email" apart in extracted text.
          last.spaceAfter = true;
        }
        continue;
      }
      String text = piece.text();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isWhitespace(cp)) {
          addPart(word, part, piece, size, where);
          if (!word.parts.isEmpty()) {
            word.spaceAfter = true;
            words.add(word);
            word = new Word();
          } else if (!words.isEmpty()) {
            words.get(words.size() - 1).spaceAfter = true;
          }
        } else {
          part.appendCodePoint(cp);
        }
      }
      addPart(word, part, piece, size, where);
    }
    if (!word.parts.isEmpty()) {
      words.add(word);
    }
    if (!words.isEmpty()) {
      Word last = words.get(words.size() - 1);
      last.spaceAfter = false;
      last.breakAfter = false;
    }
    return words;
  }

  private void addPart(Word word, StringBuilder part, Piece piece, float size, String where)
      throws IOException {
    if (part.length() == 0) {
      return;
    }
    String text = part.toString();
    part.setLength(0);
    float width = fonts.face(piece.style()).width(text, size);
    if (width < 0) {
      int cp = text.codePointAt((int) (-1 - width));
      throw new RenderException(
          noticeId,
          where,
          String.format(
              Locale.ROOT,
              "character U+%04X '%s' in \"%s\" cannot be shown: the font Liberation Sans has no glyph for it",
              cp,
              new String(Character.toChars(cp)),
              text));
    }
    word.add(new Piece(text, piece.style(), piece.owner(), piece.link()), width);
  }

  /** A word wider than a line, cut into chunks that each fit. */
  private List<Word> split(Word word, float size, float maxWidth) throws IOException {
    List<Word> chunks = new ArrayList<>();
    Word chunk = new Word();
    for (Piece part : word.parts) {
      StringBuilder text = new StringBuilder();
      float textWidth = 0;
      String s = part.text();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        String c = new String(Character.toChars(cp));
        i += c.length();
        float w = fonts.face(part.style()).width(c, size);
        if (chunk.width + textWidth + w > maxWidth
            && (text.length() > 0 || !chunk.parts.isEmpty())) {
          if (text.length() > 0) {
            chunk.add(
                new Piece(text.toString(), part.style(), part.owner(), part.link()), textWidth);
          }
          chunks.add(chunk);
          chunk = new Word();
          text.setLength(0);
          textWidth = 0;
        }
        text.append(c);
        textWidth += w;
      }
      if (text.length() > 0) {
        chunk.add(new Piece(text.toString(), part.style(), part.owner(), part.link()), textWidth);
      }
    }
    chunk.spaceAfter = word.spaceAfter;
    chunk.breakAfter = word.breakAfter;
    chunks.add(chunk);
    return chunks;
  }

  private float spaceWidth(Word before, float size) throws IOException {
    return fonts.face(before.parts.get(before.parts.size() - 1).style()).width(" ", size);
  }

  private Line line(List<Word> words, float size) throws IOException {
    List<Frag> frags = new ArrayList<>();
    float x = 0;
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      for (int p = 0; p < word.parts.size(); p++) {
        Piece piece = word.parts.get(p);
        float inkWidth = word.widths.get(p);
        String text = piece.text();
        float advance = inkWidth;
        if (p == word.parts.size() - 1 && word.spaceAfter) {
          text = text + " ";
          advance += fonts.face(piece.style()).width(" ", size);
        }
        frags.add(new Frag(text, piece.style(), piece.owner(), piece.link(), x, inkWidth));
        x += advance;
      }
    }
    Frag last = frags.get(frags.size() - 1);
    return new Line(frags, last.x() + last.inkWidth());
  }
}
