package org.decisionnotices.render.layout;

/**
 * A piece of a section: a list of labelled fields, a table, or prose blocks.
 *
 * @since 0.1.0
 */
public sealed interface Part permits FieldList, Table, Blocks {}
