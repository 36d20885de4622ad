/**
 * The PDF renderer: tagged PDF/UA-1 and PDF/A-2a.
 *
 * @since 0.1.0
 */
module org.decisionnotices.render.pdf {
  requires transitive org.decisionnotices.render;
  requires java.desktop;
  requires org.apache.fontbox;
  // PdfPages, the seam for drawing notices into a document of one's own, shows PDFBox types.
  requires transitive org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox logs through commons-logging, an explicit module that PDFBox (an automatic one) cannot
  // require: without this nothing would bring it onto the module path.
  requires org.apache.commons.logging;
  // The Liberation fonts, read as resources.
  requires com.github.librepdf.pdfFontsExtra;

  exports org.decisionnotices.render.pdf;

  // Our own fonts, read through the class loader as the Liberation and the optional CJK ones are.
  opens org.decisionnotices.render.pdf.fonts;

  provides org.decisionnotices.render.Renderer with
      org.decisionnotices.render.pdf.PdfRenderer;
}
