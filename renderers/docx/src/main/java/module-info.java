/**
 * The DOCX renderer.
 *
 * @since 0.1.0
 */
module org.decisionnotices.render.docx {
  requires transitive org.decisionnotices.render;
  requires java.desktop;
  requires jakarta.xml.bind;
  requires org.docx4j.core;
  // docx4j's JAXB binding; docx4j looks it up at run time, so nothing names it at compile time.
  requires org.docx4j.JAXB_ReferenceImpl;

  exports org.decisionnotices.render.docx;

  provides org.decisionnotices.render.Renderer with
      org.decisionnotices.render.docx.DocxRenderer;
}
