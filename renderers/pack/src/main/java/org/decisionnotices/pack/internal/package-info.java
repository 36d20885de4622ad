/**
 * The machinery of agenda packs. Not API: anything here may change without notice; use {@link
 * org.decisionnotices.pack.AgendaPack}.
 */
package org.decisionnotices.pack.internal;
