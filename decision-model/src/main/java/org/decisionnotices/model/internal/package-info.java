/** Implementation details of the model. Not API: do not depend on anything here. */
package org.decisionnotices.model.internal;
