package org.decisionnotices.render.html.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;

/**
 * The compiled HTML template: a whole page ({@code document.mustache}) or the article alone
 * ({@code article.mustache}). Compiled once; thread-safe, since each call gets its own view.
 */
public final class HtmlTemplate {
  private static final String ROOT = "org/decisionnotices/render/html/internal/";

  private final Mustache mustache;

  private HtmlTemplate(Mustache mustache) {
    this.mustache = mustache;
  }

  public static HtmlTemplate document() {
    return compile("document.mustache");
  }

  public static HtmlTemplate fragment() {
    return compile("article.mustache");
  }

  private static HtmlTemplate compile(String name) {
    // Our own class loader, not the thread's: the templates live beside this class, whoever
    // loaded it. A factory per template, so nothing is cached or shared between renderers.
    MustacheResolver resolver = HtmlTemplate::open;
    return new HtmlTemplate(new DefaultMustacheFactory(resolver).compile(name));
  }

  private static Reader open(String name) {
    InputStream in = HtmlTemplate.class.getClassLoader().getResourceAsStream(ROOT + name);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Writes {@code notice} as HTML; {@code out} is neither flushed nor closed. */
  public void write(Notice notice, RenderOptions options, Writer out) throws IOException {
    mustache.execute(out, PageView.of(notice, options));
  }
}
