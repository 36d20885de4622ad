package org.decisionnotices.render;

import java.io.IOException;

/**
 * A notice could not be rendered. The message names the notice (the record's id) and, where known,
 * the section; the library failure that caused it is kept as the cause.
 *
 * @since 0.1.0
 */
public class RenderException extends IOException {
  private final String noticeId;
  private final String section;

  public RenderException(String noticeId, String section, String message, Throwable cause) {
    super(describe(noticeId, section, message), cause);
    this.noticeId = noticeId;
    this.section = section;
  }

  public RenderException(String noticeId, String section, String message) {
    this(noticeId, section, message, null);
  }

  /** The id of the notice being rendered. */
  public String noticeId() {
    return noticeId;
  }

  /** The key of the section being rendered, or {@code null} if the failure was not in one. */
  public String section() {
    return section;
  }

  private static String describe(String noticeId, String section, String message) {
    return noticeId + (section == null ? "" : " (section " + section + ")") + ": " + message;
  }
}
