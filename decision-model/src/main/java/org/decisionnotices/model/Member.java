package org.decisionnotices.model;

/**
 * A member of a meeting's body.
 *
 * @param name never blank
 * @param role e.g. "Chair", or {@code null}
 * @param attendance how they attended, or {@code null} before the meeting
 * @param substituteFor the member a substitute stands in for, or {@code null}
 * @since 0.1.0
 */
public record Member(String name, String role, Attendance attendance, String substituteFor) {
  public Member {
    Checks.notBlank(name, "name");
    if (substituteFor != null && attendance != Attendance.SUBSTITUTE) {
      throw new IllegalArgumentException(
          "substituteFor of " + name + " needs attendance \"substitute\"");
    }
  }

  /** A member who stands in for no one. */
  public Member(String name, String role, Attendance attendance) {
    this(name, role, attendance, null);
  }
}
