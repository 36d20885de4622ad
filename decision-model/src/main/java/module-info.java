/**
 * Decision records and meetings as immutable values, their prose, and their JSON form.
 *
 * @since 0.1.0
 */
module org.decisionnotices.model {
  requires com.fasterxml.jackson.databind;
  requires org.commonmark;

  exports org.decisionnotices.model;
  exports org.decisionnotices.model.json;
  exports org.decisionnotices.model.prose;

  // Opened (not only exported) so that the JSON Schemas published beside DecisionJson can be read
  // as resources from other modules; it holds no state worth hiding.
  opens org.decisionnotices.model.json;
}
