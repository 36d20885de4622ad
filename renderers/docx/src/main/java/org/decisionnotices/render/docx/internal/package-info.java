/**
 * How a notice becomes a WordprocessingML package: styles, numbering, body, header and footer,
 * properties, and the reproducible zip. Not part of the API; may change without notice.
 */
package org.decisionnotices.render.docx.internal;
