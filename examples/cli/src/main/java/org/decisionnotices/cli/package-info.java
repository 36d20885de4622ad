/** The {@code decision-notices} command line: render, pack and validate. */
package org.decisionnotices.cli;
