/**
 * Agenda packs: a meeting's front sheet, agenda, reports and appendices in one PDF.
 *
 * @since 0.1.0
 */
module org.decisionnotices.pack {
  requires transitive org.decisionnotices.render;
  requires java.desktop;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.decisionnotices.render.pdf;

  exports org.decisionnotices.pack;
}
