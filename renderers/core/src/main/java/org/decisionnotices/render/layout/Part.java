package org.decisionnotices.render.layout;

/** A piece of a section: a list of labelled fields, a table, or prose blocks. */
public sealed interface Part permits FieldList, Table, Blocks {}
