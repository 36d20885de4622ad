/**
 * The HTML renderer.
 *
 * @since 0.1.0
 */
module org.decisionnotices.render.html {
  requires transitive org.decisionnotices.render;
  requires com.github.mustachejava;

  exports org.decisionnotices.render.html;

  // Mustache reads the page templates' view objects by reflection.
  opens org.decisionnotices.render.html.internal to
      com.github.mustachejava;

  provides org.decisionnotices.render.Renderer with
      org.decisionnotices.render.html.HtmlRenderer;
}
