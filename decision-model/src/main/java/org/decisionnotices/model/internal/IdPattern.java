package org.decisionnotices.model.internal;

import java.util.regex.Pattern;

/** The identifier rule of records and meetings: output file names derive from ids. */
public final class IdPattern {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private IdPattern() {}

  public static boolean matches(String id) {
    return ID.matcher(id).matches();
  }
}
