package org.decisionnotices.render.html.internal;

import java.util.Base64;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;

/**
 * What the HTML templates see: the notice's head, banner and title, every value already in the form
 * the markup needs (ids, language tags). Values are plain text, escaped by the template. Records
 * rather than maps, so that an absent value is {@code null} on its own object and Mustache never
 * finds a same-named value of an enclosing scope instead.
 *
 * <p>The style sheet's values are not here (see {@link StyleSheet}), nor the sections, which {@link
 * Markup} writes.
 *
 * @param lang the notice's language tag, for {@code <html lang>} and the article
 * @param documentTitle the {@code <title>}: the notice's title, marked as a draft for a draft
 * @param draft the draft mark ("DRAFT") for the page's banner, or {@code null} if final
 */
record PageView(
    String lang,
    String title,
    String documentTitle,
    String titleId,
    String councilName,
    LogoView logo,
    String draft) {

  record LogoView(String src, String alt) {}

  /** Whether to show a banner: only when there is something to put in it. */
  boolean banner() {
    return councilName != null || logo != null;
  }

  static PageView of(Notice notice, RenderOptions options) {
    Branding branding = options.branding();
    String idPrefix = idSafe(notice.id());
    LogoView logo =
        branding.logo() == null
            ? null
            : new LogoView(
                "data:"
                    + branding.logo().mediaType()
                    + ";base64,"
                    + Base64.getEncoder().encodeToString(branding.logo().image()),
                branding.logo().altText());
    return new PageView(
        notice.language().toLanguageTag(),
        notice.title(),
        options.documentTitle(notice),
        idPrefix + "-title",
        blankToNull(branding.councilName()),
        logo,
        options.draftMark(notice));
  }

  /** Letters, digits, '-' and '_' only, so an id needs no escaping in a CSS selector either. */
  static String idSafe(String text) {
    if (text.isEmpty()) {
      return "notice";
    }
    int first = 0;
    while (first < text.length() && isIdChar(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text; // most keys and ids already are: no copy
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      if (!isAsciiLetterOrDigit(chars[i]) && chars[i] != '-' && chars[i] != '_') {
        chars[i] = '-';
      }
    }
    return new String(chars);
  }

  private static boolean isIdChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '-' || c == '_';
  }

  static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
