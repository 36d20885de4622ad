/**
 * The layout every format shares: a {@link org.decisionnotices.render.layout.Notice} of {@link
 * org.decisionnotices.render.layout.Section sections}, each made of field lists, tables and prose
 * blocks. Renderers draw this tree and nothing else, so all formats show the same sections in the
 * same order with the same labels.
 */
package org.decisionnotices.render.layout;
