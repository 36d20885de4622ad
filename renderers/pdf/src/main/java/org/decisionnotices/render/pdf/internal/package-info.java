/**
 * Internals of the PDF renderer: layout (measure, wrap, paginate), drawing with structure tagging,
 * fonts and PDF/A metadata. Not an API: anything here may change without notice.
 */
package org.decisionnotices.render.pdf.internal;
