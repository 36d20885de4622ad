package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.decisionnotices.model.json.Problem;
import org.decisionnotices.model.prose.Prose;

/**
 * Finds the characters of a record or meeting that no face of the PDF's chain can show, grouped by
 * field with the JSON path of the field: the model's components carry the names of the JSON fields.
 * Public only so that {@code PdfRenderer} can reach it; not API.
 */
public final class CharacterCheck {
  private final FontLibrary fonts;

  public CharacterCheck(FontLibrary fonts) {
    this.fonts = fonts;
  }

  /** Characters named in full in one field's problem; the rest are counted. */
  static final int NAMED = 5;

  /** One problem per field that has characters that cannot be shown, in document order. */
  public List<Problem> problems(Record document) {
    List<Problem> problems = new ArrayList<>();
    walk(document, "$", problems);
    return problems;
  }

  private void walk(Object value, String path, List<Problem> problems) {
    if (value instanceof String text) {
      check(text, path, problems);
    } else if (value instanceof Prose prose) {
      check(prose.markdown(), path, problems);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", problems);
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          walk(component.getAccessor().invoke(record), path + "." + component.getName(), problems);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + path + "." + component.getName(), e);
        }
      }
    }
  }

  private void check(String text, String path, List<Problem> problems) {
    Set<Integer> missing = new LinkedHashSet<>();
    try {
      FontMetrics liberation = fonts.face(FontStyle.REGULAR);
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isWhitespace(cp)
            || Character.isISOControl(cp)
            || TextWrapper.attaches(cp)
            || missing.contains(cp)
            || liberation.canShow(cp)
            || FontLibrary.fallback(cp, null) != null) {
          continue;
        }
        missing.add(cp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (missing.size() == 1) {
      problems.add(new Problem(path, describe(missing.iterator().next())));
    } else if (!missing.isEmpty()) {
      problems.add(new Problem(path, describe(missing)));
    }
  }

  /**
   * Names the first {@value #NAMED} characters of a field that no face has, in order of first
   * appearance, counts the rest, and names the fonts tried once.
   */
  static String describe(Set<Integer> codePoints) {
    List<String> named = new ArrayList<>();
    for (int cp : codePoints) {
      if (named.size() == NAMED) {
        break;
      }
      named.add(name(cp));
    }
    int more = codePoints.size() - named.size();
    return String.format(
        Locale.ROOT,
        "%d characters cannot be shown in a PDF: no font has a glyph for %s%s (tried %s)",
        codePoints.size(),
        String.join(", ", named),
        more > 0 ? " and " + more + " more" : "",
        String.join(", ", FontLibrary.chainNames()));
  }

  /** Names the character and the fonts tried, as the render's error does. */
  static String describe(int cp) {
    return String.format(
        Locale.ROOT,
        "character %s cannot be shown in a PDF: no font has a glyph for it (tried %s)",
        name(cp),
        String.join(", ", FontLibrary.chainNames()));
  }

  /** e.g. {@code U+13000 EGYPTIAN HIEROGLYPH A001 '𓀀'}. */
  private static String name(int cp) {
    String name = Character.getName(cp);
    return String.format(
        Locale.ROOT,
        "U+%04X %s '%s'",
        cp,
        name == null ? "(unassigned)" : name,
        new String(Character.toChars(cp)));
  }
}
