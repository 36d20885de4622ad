/**
 * Agenda packs: {@link org.decisionnotices.pack.AgendaPack} assembles a meeting's front sheet,
 * agenda and reports into one bookmarked, page-numbered, accessible PDF, withholding exempt items
 * from the public pack.
 */
package org.decisionnotices.pack;
