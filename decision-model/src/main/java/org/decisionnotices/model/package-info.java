/**
 * The domain model: immutable {@link org.decisionnotices.model.DecisionRecord decision records} and
 * {@link org.decisionnotices.model.Meeting meetings}, as described by the project's JSON format.
 * Every type checks its own arguments and names the one that is wrong.
 */
package org.decisionnotices.model;
