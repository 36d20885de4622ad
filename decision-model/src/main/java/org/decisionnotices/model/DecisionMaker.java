package org.decisionnotices.model;

import java.util.Objects;

/**
 * Who took a decision.
 *
 * @param name e.g. "Cabinet" or "Director of Highways"
 * @param type what kind of decision maker it is
 * @since 0.1.0
 */
public record DecisionMaker(String name, DecisionMakerType type) {
  public DecisionMaker {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(type, "type must not be null");
  }
}
