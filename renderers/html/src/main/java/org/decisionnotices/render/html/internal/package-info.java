/**
 * Implementation of the HTML renderer: the view model built from a notice, and the Mustache
 * templates (in resources, under this package's path) that turn it into HTML. Not API: do not
 * depend on anything here.
 */
package org.decisionnotices.render.html.internal;
