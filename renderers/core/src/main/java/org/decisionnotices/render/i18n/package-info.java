/** Labels and date formats in English and Welsh, chosen by a document's language. */
package org.decisionnotices.render.i18n;
