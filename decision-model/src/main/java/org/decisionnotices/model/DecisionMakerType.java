package org.decisionnotices.model;

/**
 * The kinds of decision maker; {@link #jsonName()} is the value used in JSON.
 *
 * @since 0.1.0
 */
public enum DecisionMakerType {
  COUNCIL("council"),
  COMMITTEE("committee"),
  CABINET("cabinet"),
  CABINET_MEMBER("cabinetMember"),
  OFFICER("officer");

  private final String jsonName;

  DecisionMakerType(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Executive and officer decisions must record reasons and alternatives (England, 2012 regs). */
  public boolean isExecutiveOrOfficer() {
    return this == CABINET || this == CABINET_MEMBER || this == OFFICER;
  }
}
