package org.decisionnotices.render;

import java.io.IOException;
import java.io.OutputStream;
import org.decisionnotices.render.layout.Notice;

/**
 * Writes a laid-out {@link Notice} in one format. This is the service provider interface: a
 * renderer module declares its implementation in {@code
 * META-INF/services/org.decisionnotices.render.Renderer} (with a public no-argument constructor) so
 * that {@link DecisionNotices} finds it, or a caller registers an instance by hand.
 *
 * <p>Implementations must be thread-safe: one instance renders many notices, concurrently. Keep
 * per-call state in locals, never in fields. New methods are only ever added with a default.
 *
 * @since 0.1.0
 */
public interface Renderer {

  /** The format this renderer writes; never {@code null}. */
  Format format();

  /**
   * Writes {@code notice} to {@code out}, which is not closed.
   *
   * @throws RenderException if the notice cannot be rendered, naming the notice and the section
   * @throws IOException if {@code out} fails
   */
  void render(Notice notice, RenderOptions options, OutputStream out) throws IOException;
}
