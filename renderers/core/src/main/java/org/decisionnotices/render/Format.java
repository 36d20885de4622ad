package org.decisionnotices.render;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An output format. Renderers are found by the format's {@link #id()}, which is unique among the
 * renderers of one {@link DecisionNotices}.
 *
 * @param id short lower-case name used on the command line, e.g. {@code pdf}
 * @param mediaType e.g. {@code application/pdf}
 * @param extension file name extension without the dot, e.g. {@code pdf}
 * @since 0.1.0
 */
public record Format(String id, String mediaType, String extension) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public static final Format PDF = new Format("pdf", "application/pdf", "pdf");
  public static final Format DOCX =
      new Format(
          "docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "docx");
  public static final Format HTML = new Format("html", "text/html", "html");

  public Format {
    Objects.requireNonNull(id, "id must not be null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be lower-case letters, digits and '-', but was '" + id + "'");
    }
    Objects.requireNonNull(mediaType, "mediaType must not be null");
    Objects.requireNonNull(extension, "extension must not be null");
  }

  /** The built-in format with this id, or a new one for a third-party renderer. */
  public static Format of(String id) {
    String normal = id.trim().toLowerCase(Locale.ROOT);
    switch (normal) {
      case "pdf":
        return PDF;
      case "docx":
        return DOCX;
      case "html":
        return HTML;
      default:
        return new Format(normal, "application/octet-stream", normal);
    }
  }
}
