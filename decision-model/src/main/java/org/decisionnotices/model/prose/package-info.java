/**
 * Prose fields as an immutable tree of blocks ({@link org.decisionnotices.model.prose.Paragraph},
 * {@link org.decisionnotices.model.prose.ListBlock}) and inlines, parsed from CommonMark.
 */
package org.decisionnotices.model.prose;
