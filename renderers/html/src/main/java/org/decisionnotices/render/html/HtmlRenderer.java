package org.decisionnotices.render.html;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.html.internal.HtmlTemplate;
import org.decisionnotices.render.layout.Notice;

/**
 * Writes a notice as accessible HTML5 (WCAG 2.2 AA), in UTF-8: either a whole page with its own
 * style sheet for screen and print, or an {@code <article>} to embed in a council's own page.
 * Output has no script, escapes all text, and links only to {@code http:}, {@code https:} and
 * {@code mailto:} addresses. The same notice and options always give the same bytes.
 *
 * <p>Immutable and thread-safe: build once and render many notices.
 *
 * <pre>{@code
 * Renderer page = HtmlRenderer.create();
 * Renderer embeddable = HtmlRenderer.builder().fragment(true).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlRenderer implements Renderer {
  private final boolean fragment;
  // Compiled on first use: discovery makes every renderer on the class path, and a run that writes
  // no HTML should not pay for compiling templates.
  private volatile HtmlTemplate template;

  /**
   * A renderer of whole pages, as {@link #create()}. Public so that {@link java.util.ServiceLoader}
   * can make one; code should call {@link #create()} or {@link #builder()}.
   */
  public HtmlRenderer() {
    this(builder());
  }

  private HtmlRenderer(Builder builder) {
    this.fragment = builder.fragment;
  }

  private HtmlTemplate template() {
    HtmlTemplate compiled = template;
    if (compiled == null) {
      synchronized (this) {
        compiled = template;
        if (compiled == null) {
          compiled = fragment ? HtmlTemplate.fragment() : HtmlTemplate.document();
          template = compiled;
        }
      }
    }
    return compiled;
  }

  /** A renderer of whole pages. */
  public static HtmlRenderer create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether this renderer writes an embeddable {@code <article>} instead of a whole page. */
  public boolean isFragment() {
    return fragment;
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public void render(Notice notice, RenderOptions options, OutputStream out) throws IOException {
    Objects.requireNonNull(notice, "notice must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      template().write(notice, options, out);
    } catch (MustacheException e) {
      throw new RenderException(
          notice.id(), null, "the HTML template failed: " + e.getMessage(), e);
    }
  }

  /** Builds an {@link HtmlRenderer}. */
  public static final class Builder {
    private boolean fragment;

    private Builder() {}

    /**
     * Whether to write only an {@code <article>} holding the notice, for embedding into an existing
     * page that brings its own {@code <html>}, {@code <head>}, style sheet and banner; default
     * {@code false}: a complete HTML document. The article carries the notice's {@code lang} and
     * its title as the {@code <h1>}; heading ids start with the notice's id so that several notices
     * can share a page.
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
