package org.decisionnotices.model;

/**
 * A document that accompanies a decision or agenda item.
 *
 * @param title never blank
 * @param url where it is published, an https or http address, or {@code null}
 * @param file a path relative to the JSON file, inside its folder, or {@code null}
 * @param mediaType e.g. {@code application/pdf}, or {@code null}
 * @param sizeBytes its size, or {@code null}
 * @since 0.1.0
 */
public record DocumentRef(String title, String url, String file, String mediaType, Long sizeBytes) {
  public DocumentRef {
    Checks.notBlank(title, "title");
    if (sizeBytes != null && sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative");
    }
  }

  public static DocumentRef ofUrl(String title, String url) {
    return new DocumentRef(title, url, null, null, null);
  }

  public static DocumentRef ofFile(String title, String file) {
    return new DocumentRef(title, null, file, null, null);
  }
}
