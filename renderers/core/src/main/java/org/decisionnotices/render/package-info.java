/**
 * Rendering decision records: the entry point {@link org.decisionnotices.render.DecisionNotices},
 * the {@link org.decisionnotices.render.Renderer} service provider interface that each format
 * module implements, and the options every renderer honours.
 */
package org.decisionnotices.render;
