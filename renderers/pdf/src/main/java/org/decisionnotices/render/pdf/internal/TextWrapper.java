package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.text.Bidi;
import java.text.BreakIterator;
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
 * <p>Text that Liberation Sans covers, left to right, is measured with its advance widths, as it
 * always was. Any other run (another script, an emoji, right-to-left text) goes to the first
 * fallback face that has it and is shaped ({@link Shaped}). A paragraph with right-to-left text
 * gets the Unicode bidirectional algorithm ({@link Bidi}): lines break in logical order, then each
 * line's runs are put in visual order, so a long Urdu passage wraps from line to line as a reader
 * expects. A paragraph whose first strong character is right to left is set right to left and
 * aligned right.
 */
final class TextWrapper {

  /**
   * Part of a line in one face and owner, in visual order; {@code text} (logical order) may end
   * with the space after it. {@code shaped} is {@code null} for plain Liberation Sans text.
   */
  record Frag(
      String text,
      FontStyle style,
      Node owner,
      String link,
      float x,
      float inkWidth,
      Shaped shaped) {}

  /**
   * A wrapped line: its fragments left to right (in logical order, each at its place, when the
   * paragraph runs right to left), and its visible width.
   */
  record Line(List<Frag> frags, float width) {}

  /**
   * A stretch of a word in one face and direction; {@code offset} is its first character's position
   * in the paragraph.
   */
  private record Part(Piece piece, Shaped shaped, int offset, float width) {}

  private static final class Word {
    final List<Part> parts = new ArrayList<>();
    float width;
    boolean spaceAfter;
    int spaceOffset = -1;

    /** The piece the space after the word is part of: not the word's when the word ends a span. */
    Piece spacePiece;

    boolean breakAfter;

    void add(Part part) {
      parts.add(part);
      width += part.width();
    }
  }

  /** A line's run before visual ordering. */
  private static final class Item {
    Piece piece;
    Shaped shaped;
    int offset;
    float ink;
    float advance;
    boolean space;
    int level;

    Item(Piece piece, Shaped shaped, int offset, float ink, float advance, boolean space) {
      this.piece = piece;
      this.shaped = shaped;
      this.offset = offset;
      this.ink = ink;
      this.advance = advance;
      this.space = space;
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
   * @throws RenderException if no font has a glyph for a character
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

  /** The width of {@code text} set on one line, fallback faces included. */
  float width(String text, FontStyle style, float size, String where) throws IOException {
    float width = 0;
    for (Line line :
        wrap(List.of(new Piece(text, style, null, null)), size, Float.MAX_VALUE, where)) {
      width = Math.max(width, line.width());
    }
    return width;
  }

  /**
   * Lines of at most {@code maxWidth} points; a single word wider than that is split between
   * characters. {@code where} is the section key for errors, {@code null} outside sections.
   */
  List<Line> wrap(List<Piece> pieces, float size, float maxWidth, String where) throws IOException {
    Bidi bidi = bidi(pieces);
    List<Line> lines = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    float width = 0;
    for (Word word : words(pieces, size, where, bidi)) {
      List<Word> chunks = word.width > maxWidth ? split(word, size, maxWidth) : List.of(word);
      for (int i = 0; i < chunks.size(); i++) {
        Word chunk = chunks.get(i);
        float gap = current.isEmpty() ? 0 : spaceWidth(current.get(current.size() - 1), size);
        if (!current.isEmpty() && width + gap + chunk.width > maxWidth) {
          lines.add(line(current, size, bidi));
          current = new ArrayList<>();
          width = 0;
          gap = 0;
        }
        current.add(chunk);
        width += gap + chunk.width;
        if (i < chunks.size() - 1 || chunk.breakAfter) {
          lines.add(line(current, size, bidi));
          current = new ArrayList<>();
          width = 0;
        }
      }
    }
    if (!current.isEmpty()) {
      lines.add(line(current, size, bidi));
    }
    if (bidi != null && !bidi.baseIsLeftToRight() && maxWidth < Float.MAX_VALUE / 2) {
      return rightAligned(lines, maxWidth);
    }
    return lines;
  }

  /** A right-to-left paragraph's lines, each moved to end at the right edge, as it starts there. */
  private static List<Line> rightAligned(List<Line> lines, float maxWidth) {
    List<Line> aligned = new ArrayList<>(lines.size());
    for (Line line : lines) {
      float shift = Math.max(0, maxWidth - line.width());
      List<Frag> frags = new ArrayList<>(line.frags().size());
      for (Frag f : line.frags()) {
        frags.add(
            new Frag(
                f.text(), f.style(), f.owner(), f.link(), f.x() + shift, f.inkWidth(), f.shaped()));
      }
      aligned.add(new Line(frags, line.width() + shift));
    }
    return aligned;
  }

  /**
   * The paragraph's bidirectional levels, or {@code null} when nothing in it runs right to left:
   * the common case costs one scan. Its base direction is that of its first strong character (rules
   * P2 and P3), left to right if it has none: a paragraph that starts in Urdu is a right-to-left
   * paragraph, whatever the notice's language, as the HTML's {@code dir} says.
   */
  private static Bidi bidi(List<Piece> pieces) {
    boolean maybe = false;
    for (Piece piece : pieces) {
      String text = piece.text();
      for (int i = 0; i < text.length() && !maybe; i++) {
        maybe = text.charAt(i) >= 0x0590;
      }
    }
    if (!maybe) {
      return null;
    }
    StringBuilder all = new StringBuilder();
    for (Piece piece : pieces) {
      // A line break is a separator within the paragraph, not the end of it.
      all.append(piece.isBreak() ? "\u2028" : piece.text());
    }
    char[] chars = all.toString().toCharArray();
    if (!Bidi.requiresBidi(chars, 0, chars.length)) {
      return null;
    }
    return new Bidi(chars, 0, null, 0, chars.length, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
  }

  private List<Word> words(List<Piece> pieces, float size, String where, Bidi bidi)
      throws IOException {
    List<Word> words = new ArrayList<>();
    Word word = new Word();
    int base = 0;
    for (Piece piece : pieces) {
      String text = piece.text();
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
          if (last.spaceOffset < 0) {
            last.spaceOffset = base;
          }
        }
        base += text.length();
        continue;
      }
      int start = -1;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (Character.isWhitespace(cp)) {
          addPart(word, piece, text, start, i, base, size, where, bidi);
          start = -1;
          if (!word.parts.isEmpty()) {
            word.spaceAfter = true;
            word.spaceOffset = base + i;
            word.spacePiece = piece;
            words.add(word);
            word = new Word();
          } else if (!words.isEmpty()) {
            Word last = words.get(words.size() - 1);
            last.spaceAfter = true;
            if (last.spaceOffset < 0) {
              last.spaceOffset = base + i;
            }
          }
        } else if (start < 0) {
          start = i;
        }
        i += Character.charCount(cp);
      }
      addPart(word, piece, text, start, text.length(), base, size, where, bidi);
      base += text.length();
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

  private void addPart(
      Word word,
      Piece piece,
      String text,
      int start,
      int end,
      int base,
      float size,
      String where,
      Bidi bidi)
      throws IOException {
    if (start < 0 || start >= end) {
      return;
    }
    String s = text.substring(start, end);
    int offset = base + start;
    float width = fonts.face(piece.style()).width(s, size);
    if (width >= 0 && (bidi == null || evenThroughout(bidi, offset, s.length()))) {
      word.add(new Part(with(piece, s), null, offset, width));
      return;
    }
    segments(word, piece, s, offset, size, where, bidi);
  }

  private static boolean evenThroughout(Bidi bidi, int offset, int length) {
    int level = bidi.getLevelAt(offset);
    if (level % 2 != 0) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (bidi.getLevelAt(offset + i) != level) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits text Liberation Sans cannot set alone into runs of one face and one level, and shapes
   * those that need it.
   */
  private void segments(
      Word word, Piece piece, String s, int offset, float size, String where, Bidi bidi)
      throws IOException {
    FontMetrics liberation = fonts.face(piece.style());
    Face current = null; // null: Liberation Sans
    Face lastFallback = null;
    int level = 0;
    int start = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cpLevel = bidi == null ? 0 : bidi.getLevelAt(offset + i);
      Face face;
      if (i > 0 && attaches(cp) && (!isMark(cp) || canShow(current, liberation, cp))) {
        // A mark, joiner or selector stays with its base character, unless the base's face has
        // no glyph for the mark: then the mark falls back on its own (drawn, if not stacked).
        face = current;
        cpLevel = level;
      } else if (liberation.canShow(cp)) {
        face = null;
      } else {
        face = FontLibrary.fallback(cp, lastFallback);
        if (face == null) {
          throw missing(cp, s, where);
        }
        lastFallback = face;
      }
      if (i > 0 && (face != current || cpLevel != level)) {
        word.add(part(piece, s.substring(start, i), offset + start, current, level, size));
        start = i;
      }
      current = face;
      level = cpLevel;
      i += Character.charCount(cp);
    }
    word.add(part(piece, s.substring(start), offset + start, current, level, size));
  }

  private Part part(Piece piece, String text, int offset, Face face, int level, float size)
      throws IOException {
    if (face == null && level % 2 == 0) {
      return new Part(with(piece, text), null, offset, fonts.face(piece.style()).width(text, size));
    }
    Face shapeWith = face == null ? fonts.liberation(piece.style()) : face;
    Shaped shaped = Shaped.shape(shapeWith, text, level % 2 != 0);
    return new Part(with(piece, text), shaped, offset, shaped.width(size));
  }

  /** Marks, joiners and selectors: drawn with the character before them. */
  static boolean attaches(int cp) {
    return isMark(cp)
        || Character.getType(cp) == Character.FORMAT
        || (cp >= 0x1F3FB && cp <= 0x1F3FF); // emoji skin tones
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean canShow(Face face, FontMetrics liberation, int cp) throws IOException {
    return face == null ? liberation.canShow(cp) : face.covers(cp);
  }

  private RenderException missing(int cp, String text, String where) {
    return new RenderException(
        noticeId, where, "in \"" + text + "\": " + CharacterCheck.describe(cp));
  }

  private static Piece with(Piece piece, String text) {
    return text.equals(piece.text())
        ? piece
        : new Piece(text, piece.style(), piece.owner(), piece.link());
  }

  /** A word wider than a line, cut into chunks that each fit. */
  private List<Word> split(Word word, float size, float maxWidth) throws IOException {
    List<Word> chunks = new ArrayList<>();
    Word chunk = new Word();
    for (Part part : word.parts) {
      String s = part.piece().text();
      Piece piece = part.piece();
      // Plain text splits between characters, shaped text between user-perceived characters.
      List<Integer> bounds = new ArrayList<>();
      if (part.shaped() == null) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
          bounds.add(i);
        }
      } else {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(s);
        for (int b = clusters.first(); b != BreakIterator.DONE && b < s.length(); ) {
          bounds.add(b);
          b = clusters.next();
        }
      }
      bounds.add(s.length());
      int from = 0;
      float textWidth = 0;
      for (int k = 0; k + 1 < bounds.size(); k++) {
        String c = s.substring(bounds.get(k), bounds.get(k + 1));
        float w = measure(part, c, size);
        if (chunk.width + textWidth + w > maxWidth
            && (bounds.get(k) > from || !chunk.parts.isEmpty())) {
          if (bounds.get(k) > from) {
            chunk.add(
                cut(part, piece, s.substring(from, bounds.get(k)), part.offset() + from, size));
          }
          chunks.add(chunk);
          chunk = new Word();
          from = bounds.get(k);
          textWidth = 0;
        }
        textWidth += w;
      }
      if (from < s.length()) {
        chunk.add(cut(part, piece, s.substring(from), part.offset() + from, size));
      }
    }
    chunk.spaceAfter = word.spaceAfter;
    chunk.spaceOffset = word.spaceOffset;
    chunk.breakAfter = word.breakAfter;
    chunks.add(chunk);
    return chunks;
  }

  private float measure(Part part, String text, float size) throws IOException {
    if (part.shaped() == null) {
      return fonts.face(part.piece().style()).width(text, size);
    }
    return Shaped.shape(part.shaped().face(), text, part.shaped().rtl()).width(size);
  }

  private Part cut(Part part, Piece piece, String text, int offset, float size) throws IOException {
    if (part.shaped() == null) {
      return new Part(with(piece, text), null, offset, fonts.face(piece.style()).width(text, size));
    }
    Shaped shaped = Shaped.shape(part.shaped().face(), text, part.shaped().rtl());
    return new Part(with(piece, text), shaped, offset, shaped.width(size));
  }

  private float spaceWidth(Word before, float size) throws IOException {
    return fonts.face(before.parts.get(before.parts.size() - 1).piece().style()).width(" ", size);
  }

  private Line line(List<Word> words, float size, Bidi bidi) throws IOException {
    List<Item> items = new ArrayList<>();
    for (Word word : words) {
      for (int p = 0; p < word.parts.size(); p++) {
        Part part = word.parts.get(p);
        Item item =
            new Item(part.piece(), part.shaped(), part.offset(), part.width(), part.width(), false);
        items.add(item);
        if (p == word.parts.size() - 1 && word.spaceAfter) {
          float space = fonts.face(part.piece().style()).width(" ", size);
          if (part.shaped() == null) {
            item.piece = with(part.piece(), part.piece().text() + " ");
            item.advance += space;
          } else {
            Piece piece = part.piece();
            // The space belongs to the piece it was written in: after a passage marked with its
            // language, the text that follows, so that the passage's span ends with the passage.
            Piece owner = word.spacePiece != null ? word.spacePiece : piece;
            items.add(
                new Item(
                    new Piece(" ", piece.style(), owner.owner(), owner.link()),
                    null,
                    word.spaceOffset,
                    0,
                    space,
                    true));
          }
        }
      }
    }
    if (bidi != null) {
      items = visualOrder(items, size, bidi);
    }
    boolean rightToLeft = bidi != null && !bidi.baseIsLeftToRight();
    if (rightToLeft) {
      for (Item item : items) {
        if (item.shaped == null && item.level % 2 != 0) {
          // A space between runs, set right to left: shaped, so that it is drawn on its own and
          // not joined to the left-to-right text after it in logical order.
          item.shaped = Shaped.shape(fonts.liberation(item.piece.style()), item.piece.text(), true);
        }
      }
    }
    List<Frag> frags = new ArrayList<>(items.size());
    float x = 0;
    float width = 0;
    for (Item item : items) {
      Piece piece = item.piece;
      frags.add(
          new Frag(
              piece.text(), piece.style(), piece.owner(), piece.link(), x, item.ink, item.shaped));
      width = Math.max(width, x + item.ink);
      x += item.advance;
    }
    Frag last = frags.get(frags.size() - 1);
    if (!rightToLeft) {
      return new Line(frags, last.x() + last.inkWidth());
    }
    // A right-to-left line is drawn from the right, but its runs go into the content stream in
    // logical order (each at its place), so that the structure tree, and extraction in content
    // order, read it as it is written.
    List<Integer> order = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    List<Item> placed = items;
    order.sort(java.util.Comparator.comparingInt(i -> placed.get(i).offset));
    List<Frag> logical = new ArrayList<>(frags.size());
    for (int i : order) {
      logical.add(frags.get(i));
    }
    return new Line(logical, width);
  }

  /**
   * The line's runs in visual order. Neighbouring right-to-left runs of one face and owner are
   * joined and shaped as one, spaces included, so that each reads back as one passage in logical
   * order.
   */
  private static List<Item> visualOrder(List<Item> items, float size, Bidi bidi) {
    Item first = items.get(0);
    Item lastItem = items.get(items.size() - 1);
    int start = first.offset;
    int limit = lastItem.offset + lastItem.piece.text().length();
    Bidi line = bidi.createLineBidi(start, limit);
    if (line.isLeftToRight()) {
      return items;
    }
    for (Item item : items) {
      item.level = line.getLevelAt(item.offset - start);
    }
    List<Item> merged = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.shaped == null || item.level % 2 == 0) {
        merged.add(item);
        continue;
      }
      int j = i;
      int end = i;
      while (j + 1 < items.size() && joins(item, items.get(j + 1))) {
        j++;
        if (!items.get(j).space) {
          end = j;
        }
      }
      if (end == i) {
        merged.add(item);
        continue;
      }
      StringBuilder text = new StringBuilder();
      float ink = 0;
      for (int k = i; k <= end; k++) {
        text.append(items.get(k).piece.text());
      }
      Shaped shaped = Shaped.shape(item.shaped.face(), text.toString(), true);
      ink = shaped.width(size);
      Item joined =
          new Item(
              new Piece(text.toString(), item.piece.style(), item.piece.owner(), item.piece.link()),
              shaped,
              item.offset,
              ink,
              ink,
              false);
      joined.level = item.level;
      merged.add(joined);
      i = end;
    }
    byte[] levels = new byte[merged.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = (byte) merged.get(i).level;
    }
    Object[] order = merged.toArray();
    Bidi.reorderVisually(levels, 0, order, 0, order.length);
    List<Item> visual = new ArrayList<>(order.length);
    for (Object o : order) {
      visual.add((Item) o);
    }
    return visual;
  }

  private static boolean joins(Item run, Item next) {
    return next.level == run.level
        && next.piece.owner() == run.piece.owner()
        && next.piece.style() == run.piece.style()
        && java.util.Objects.equals(next.piece.link(), run.piece.link())
        && (next.space || (next.shaped != null && next.shaped.face() == run.shaped.face()));
  }
}
