/** Implementation details of the core. Not API: do not depend on anything here. */
package org.decisionnotices.render.internal;
