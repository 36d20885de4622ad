package org.decisionnotices.model;

/**
 * A member of a meeting's body.
 *
 * @param name never blank
 * @param role e.g. "Chair", or {@code null}
 * @param attendance how they attended, or {@code null} before the meeting
 */
public record Member(String name, String role, Attendance attendance) {
  public Member {
    Checks.notBlank(name, "name");
  }
}
