package org.decisionnotices.render;

import java.util.Arrays;
import java.util.Objects;

/**
 * A council's logo.
 *
 * @param image PNG or JPEG bytes
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param altText what the logo says to someone who cannot see it, e.g. "Lancashire County Council";
 *     never blank
 * @since 0.1.0
 */
public record Logo(byte[] image, String mediaType, String altText) {
  public Logo {
    Objects.requireNonNull(image, "image must not be null");
    image = image.clone();
    if (!"image/png".equals(mediaType) && !"image/jpeg".equals(mediaType)) {
      throw new IllegalArgumentException(
          "mediaType must be image/png or image/jpeg, but was " + mediaType);
    }
    Objects.requireNonNull(altText, "altText must not be null");
    if (altText.isBlank()) {
      throw new IllegalArgumentException(
          "altText must not be blank: a logo needs a text alternative");
    }
  }

  /** A copy of the image bytes. */
  @Override
  public byte[] image() {
    return image.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Logo other
        && Arrays.equals(image, other.image)
        && mediaType.equals(other.mediaType)
        && altText.equals(other.altText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(image), mediaType, altText);
  }

  @Override
  public String toString() {
    return "Logo[" + mediaType + ", " + image.length + " bytes, altText=" + altText + "]";
  }
}
