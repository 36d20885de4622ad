/**
 * Reading PDFs back in tests: the structure tree's text in reading order, and veraPDF checks. Needs
 * PDFBox and veraPDF's validation model on the test class path.
 */
package org.decisionnotices.render.testkit.pdf;
