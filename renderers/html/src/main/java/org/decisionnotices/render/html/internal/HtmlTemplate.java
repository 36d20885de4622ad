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
 * document-end.mustache}, the article, the page's end) or the article alone ({@code
 * article.mustache} up to the title, then the sections in Java and its end). Compiled once;
 * thread-safe, since each call gets its own view and writer, and style sheets are shared only once
 * rendered.
 */
public final class HtmlTemplate {
  private static final String ROOT = "/org/decisionnotices/render/html/internal/";

  private static final String ARTICLE_END = "</article>\n";
  private static final String PAGE_END = "</main>\n</body>\n</html>\n";

  private final Mustache start; // null for fragments
  private final StyleSheet styleSheet; // null for fragments
  private final Mustache end; // null for fragments
  private final Mustache article;

  private HtmlTemplate(Mustache start, StyleSheet styleSheet, Mustache end, Mustache article) {
    this.start = start;
    this.styleSheet = styleSheet;
    this.end = end;
    this.article = article;
  }

  public static HtmlTemplate document() {
    MustacheFactory factory = factory();
    return new HtmlTemplate(
        factory.compile("document.mustache"),
        new StyleSheet(factory.compile("style.mustache")),
        factory.compile("document-end.mustache"),
        factory.compile("article.mustache"));
  }

  public static HtmlTemplate fragment() {
    return new HtmlTemplate(null, null, null, factory().compile("article.mustache"));
  }

  private static MustacheFactory factory() {
    // Our own module, not the thread's class loader: the templates live beside this class, whoever
    // loaded it. A factory per renderer, so nothing is cached or shared between renderers.
    MustacheResolver resolver = HtmlTemplate::open;
    return new DefaultMustacheFactory(resolver);
  }

  private static Reader open(String name) {
    InputStream in = HtmlTemplate.class.getResourceAsStream(ROOT + name);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The article: its start and title from the template, then the sections and its end. */
  private void article(Notice notice, PageView view, Utf8Buffer out) {
    article.execute(out, view);
    Markup.sections(notice, PageView.idSafe(notice.id()), out);
    out.write(ARTICLE_END);
  }

  /** Writes {@code notice} as HTML in UTF-8; {@code out} is flushed but not closed. */
  public void write(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    PageView view = PageView.of(notice, options);
    if (styleSheet == null) {
      Utf8Buffer fragment = new Utf8Buffer(16 * 1024);
      article(notice, view, fragment);
      fragment.writeTo(out);
      out.flush();
      return;
    }
    Utf8Buffer page = new Utf8Buffer(1024);
    start.execute(page, view);
    Utf8Buffer rest = new Utf8Buffer(16 * 1024);
    end.execute(rest, view);
    article(notice, view, rest);
    rest.write(PAGE_END);
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
