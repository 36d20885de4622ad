/**
 * The entry point ({@code DecisionNotices}), the renderer SPI, the format-neutral layout and the
 * labels. Renderers are found with {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
module org.decisionnotices.render {
  requires transitive org.decisionnotices.model;
  requires com.github.mustachejava;
  requires java.xml;

  exports org.decisionnotices.render;
  exports org.decisionnotices.render.i18n;
  exports org.decisionnotices.render.layout;

  // Mustache reads the layout templates' view objects by reflection.
  opens org.decisionnotices.render.internal to
      com.github.mustachejava;

  uses org.decisionnotices.render.Renderer;
}
