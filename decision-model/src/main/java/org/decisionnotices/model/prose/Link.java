package org.decisionnotices.model.prose;

import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.internal.Urls;

/**
 * A link.
 *
 * @param target an {@code https:}, {@code http:} or {@code mailto:} address
 * @param children the link text
 * @since 0.1.0
 */
public record Link(String target, List<Inline> children) implements Inline {
  public Link {
    Objects.requireNonNull(target, "target must not be null");
    if (!isAllowedTarget(target)) {
      // The one place the rule is kept: no renderer can be handed a javascript: link.
      throw new IllegalArgumentException(
          "target must be an https:, http: or mailto: address, but was '" + target + "'");
    }
    children = List.copyOf(Objects.requireNonNull(children, "children must not be null"));
  }

  /** Whether the format allows {@code target} as a link: https, http or mailto, no spaces. */
  public static boolean isAllowedTarget(String target) {
    return Urls.isAllowedLink(target);
  }
}
