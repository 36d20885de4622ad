/** The library as a council's system embeds it. */
package org.decisionnotices.examples;
