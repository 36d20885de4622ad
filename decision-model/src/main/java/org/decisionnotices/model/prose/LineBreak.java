package org.decisionnotices.model.prose;

/** A hard line break inside a paragraph. */
public record LineBreak() implements Inline {}
