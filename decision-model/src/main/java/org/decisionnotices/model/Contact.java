package org.decisionnotices.model;

/**
 * A person to contact: a report author, lead officer or democratic services officer.
 *
 * @param name never blank
 * @param role job title, or {@code null}
 * @param email or {@code null}
 * @param phone or {@code null}
 * @since 0.1.0
 */
public record Contact(String name, String role, String email, String phone) {
  public Contact {
    Checks.notBlank(name, "name");
  }

  public static Contact named(String name) {
    return new Contact(name, null, null, null);
  }
}
