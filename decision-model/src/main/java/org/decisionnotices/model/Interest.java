package org.decisionnotices.model;

/**
 * An interest declared by a member.
 *
 * @param member who declared it
 * @param nature what the interest is
 * @param dispensation the dispensation granted, or {@code null}
 * @since 0.1.0
 */
public record Interest(String member, String nature, String dispensation) {
  public Interest {
    Checks.notBlank(member, "member");
    Checks.notBlank(nature, "nature");
  }
}
