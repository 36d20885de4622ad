/**
 * The PDF renderer: {@link org.decisionnotices.render.pdf.PdfRenderer} writes tagged PDF/UA-1,
 * PDF/A-2a notices; {@link org.decisionnotices.render.pdf.PdfPreview} turns pages into PNGs.
 */
package org.decisionnotices.render.pdf;
