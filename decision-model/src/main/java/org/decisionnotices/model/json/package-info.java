/**
 * The project's JSON format: {@link org.decisionnotices.model.json.DecisionJson} reads and writes
 * records and meetings, reporting every {@link org.decisionnotices.model.json.Problem} of a file
 * with its JSON path in one {@link org.decisionnotices.model.json.InvalidInputException}. JSON
 * Schemas of both formats are published beside this package as {@code decision-record.schema.json}
 * and {@code meeting.schema.json}.
 */
package org.decisionnotices.model.json;
