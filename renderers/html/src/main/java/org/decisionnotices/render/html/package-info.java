/**
 * The HTML renderer: {@link org.decisionnotices.render.html.HtmlRenderer}. It is found by {@link
 * java.util.ServiceLoader} as the provider of the {@code html} format.
 */
package org.decisionnotices.render.html;
