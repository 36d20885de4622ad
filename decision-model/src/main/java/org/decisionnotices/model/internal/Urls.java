package org.decisionnotices.model.internal;

import java.util.Locale;

/** Which addresses the format accepts. */
public final class Urls {
  private Urls() {}

  /** A prose link: https, http or mailto, with something after the scheme. */
  public static boolean isAllowedLink(String target) {
    return hasScheme(target, "https:")
        || hasScheme(target, "http:")
        || hasScheme(target, "mailto:");
  }

  /** A web address for a meeting or document: https or http only. */
  public static boolean isWebAddress(String target) {
    return hasScheme(target, "https://") || hasScheme(target, "http://");
  }

  private static boolean hasScheme(String target, String prefix) {
    return target.length() > prefix.length()
        && target.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)
        && target.chars().noneMatch(c -> c <= ' ');
  }
}
