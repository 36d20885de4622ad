package org.decisionnotices.model;

/**
 * How a member attended a meeting; {@link #jsonName()} is the value used in JSON.
 *
 * @since 0.1.0
 */
public enum Attendance {
  PRESENT("present"),
  SUBSTITUTE("substitute"),
  IN_ATTENDANCE("inAttendance"),
  APOLOGIES("apologies"),
  ABSENT("absent");

  private final String jsonName;

  Attendance(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
