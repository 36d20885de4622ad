package org.decisionnotices.model.prose;

/**
 * A hard line break inside a paragraph.
 *
 * @since 0.1.0
 */
public record LineBreak() implements Inline {}
