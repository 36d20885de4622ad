package org.decisionnotices.render.html.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;

/**
 * The compiled HTML template: a whole page ({@code document.mustache}, the style sheet, {@code
 * document-end.mustache}) or the article alone ({@code article.mustache}). Compiled once;
 * thread-safe, since each call gets its own view and writer, and style sheets are shared only once
 * rendered.
 */
public final class HtmlTemplate {
  private static final String ROOT = "org/decisionnotices/render/html/internal/";

  private final Mustache start;
  private final StyleSheet styleSheet; // null for fragments
  private final Mustache end; // null for fragments

  private HtmlTemplate(Mustache start, StyleSheet styleSheet, Mustache end) {
    this.start = start;
    this.styleSheet = styleSheet;
    this.end = end;
  }

  public static HtmlTemplate document() {
    MustacheFactory factory = factory();
    return new HtmlTemplate(
        factory.compile("document.mustache"),
        new StyleSheet(factory.compile("style.mustache")),
        factory.compile("document-end.mustache"));
  }

  public static HtmlTemplate fragment() {
    return new HtmlTemplate(factory().compile("article.mustache"), null, null);
  }

  private static MustacheFactory factory() {
    // Our own class loader, not the thread's: the templates live beside this class, whoever
    // loaded it. A factory per renderer, so nothing is cached or shared between renderers.
    MustacheResolver resolver = HtmlTemplate::open;
    return new DefaultMustacheFactory(resolver);
  }

  private static Reader open(String name) {
    InputStream in = HtmlTemplate.class.getClassLoader().getResourceAsStream(ROOT + name);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  // A page's first template holds only its head; a fragment's holds the whole article.
  private boolean fragmentOnly() {
    return styleSheet == null;
  }

  /** Writes {@code notice} as HTML in UTF-8; {@code out} is flushed but not closed. */
  public void write(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    PageView view = PageView.of(notice, options);
    Utf8Buffer page = new Utf8Buffer(fragmentOnly() ? 16 * 1024 : 1024);
    start.execute(page, view);
    if (styleSheet == null) {
      page.writeTo(out);
      out.flush();
      return;
    }
    Utf8Buffer rest = new Utf8Buffer(16 * 1024);
    end.execute(rest, view);
    Locale labelLanguage =
        options.labelLanguage() == null ? notice.language() : options.labelLanguage();
    byte[] sheet =
        styleSheet.utf8(
            new StyleSheet.Key(
                options.branding().accentColour(), options.pageSize(), labelLanguage));
    // Written once the page is whole, so a failed render writes nothing. The style sheet goes out
    // as the bytes it was encoded to once; only the notice's own text is encoded per page.
    page.writeTo(out);
    out.write(sheet);
    rest.writeTo(out);
    out.flush();
  }
}
