package org.decisionnotices.model;

/**
 * A member of a meeting's body.
 *
 * @param name never blank
 * @param role e.g. "Chair", or {@code null}
 * @param attendance how they attended, or {@code null} before the meeting
 * @since 0.1.0
 */
public record Member(String name, String role, Attendance attendance) {
  public Member {
    Checks.notBlank(name, "name");
  }
}
