/**
 * The DOCX renderer: {@link org.decisionnotices.render.docx.DocxRenderer}. Everything else lives in
 * the {@code internal} package, which is not part of the API.
 */
package org.decisionnotices.render.docx;
