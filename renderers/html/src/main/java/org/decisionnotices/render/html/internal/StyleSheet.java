package org.decisionnotices.render.html.internal;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.i18n.Labels;

/**
 * The page's style sheet, rendered by {@code style.mustache}. It depends only on the accent colour,
 * the page size and the label language, so each renderer renders it once for each such combination
 * it meets rather than once per notice (which also spares a label bundle look-up).
 */
final class StyleSheet {
  /** Enough for every combination a council uses; beyond it, sheets are rendered each time. */
  private static final int MAX_CACHED = 32;

  private final Mustache template;
  private final Map<Key, Rendered> rendered = new ConcurrentHashMap<>();

  StyleSheet(Mustache template) {
    this.template = template;
  }

  /** What a style sheet depends on. */
  record Key(String accentColour, PageSize pageSize, Locale labelLanguage) {}

  /**
   * What {@code style.mustache} sees.
   *
   * @param pageNumber the "Page 3 of 7" footer of printed pages, as CSS {@code content} pieces
   */
  record View(String accentColour, String pageSize, List<CssContent> pageNumber) {}

  /**
   * A piece of a CSS {@code content} value: a string, already CSS-escaped so that it holds only
   * letters, digits, spaces and backslash escapes, or the name of a counter.
   */
  record CssContent(String string, String counter) {}

  /** The style sheet for {@code key}, rendered by Mustache (which escaped every value). */
  String get(Key key) {
    return rendered(key).text();
  }

  /** The same in UTF-8, encoded once too. Shared, so never to be modified. */
  byte[] utf8(Key key) {
    return rendered(key).utf8();
  }

  private record Rendered(String text, byte[] utf8) {}

  private Rendered rendered(Key key) {
    Rendered sheet = rendered.get(key);
    if (sheet == null) {
      String text = render(key);
      sheet = new Rendered(text, text.getBytes(StandardCharsets.UTF_8));
      // Bounded, and never evicting: any sheet is the same whenever it is rendered.
      if (rendered.size() < MAX_CACHED) {
        rendered.putIfAbsent(key, sheet);
      }
    }
    return sheet;
  }

  private String render(Key key) {
    View view =
        new View(
            key.accentColour(),
            key.pageSize() == PageSize.LETTER ? "letter" : "A4",
            pageNumber(Labels.forLanguage(key.labelLanguage()).get("page")));
    StringWriter out = new StringWriter(4096);
    template.execute(out, view);
    return out.toString();
  }

  /** "Page {0} of {1}" as {@code "Page " counter(page) " of " counter(pages)}. */
  static List<CssContent> pageNumber(String pattern) {
    List<CssContent> out = new ArrayList<>();
    int from = 0;
    while (from < pattern.length()) {
      int page = pattern.indexOf("{0}", from);
      int pages = pattern.indexOf("{1}", from);
      int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
      if (next < 0) {
        next = pattern.length();
      }
      if (next > from) {
        out.add(new CssContent(cssString(pattern.substring(from, next)), null));
      }
      if (next < pattern.length()) {
        out.add(new CssContent(null, next == page ? "page" : "pages"));
        next += 3;
      }
      from = next;
    }
    return List.copyOf(out);
  }

  /**
   * Escapes everything but ASCII letters, digits and spaces as a CSS hex escape. The result is safe
   * inside a quoted CSS string and passes unchanged through Mustache's HTML escaping, which would
   * otherwise corrupt it: entities mean nothing inside {@code <style>}.
   */
  static String cssString(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (PageView.isAsciiLetterOrDigit(c) || c == ' ') {
                out.appendCodePoint(c);
              } else {
                // Six hex digits end the escape by themselves, whatever character follows.
                String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
                out.append('\\').append("000000", hex.length(), 6).append(hex);
              }
            });
    return out.toString();
  }
}
