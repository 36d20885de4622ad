package org.decisionnotices.pack.internal;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Where a page draws: the boxes, in default user space, of its glyphs, painted paths, images and
 * visible annotations, so that the stamp can go where the page draws nothing. Clipping is ignored,
 * which can only make the page look fuller than it is. A box that covers most of the page (a
 * background) is left out, since it would leave no margin on any page that has one.
 */
final class ContentBounds extends PDFGraphicsStreamEngine {
  private static final int MAX_BOXES = 20_000;

  private final List<Rectangle2D> boxes = new ArrayList<>();
  private final double pageArea;
  private Rectangle2D path;
  private final Point2D.Float current = new Point2D.Float();
  private boolean overflow;

  private ContentBounds(PDPage page, PDRectangle visible) {
    super(page);
    this.pageArea = (double) visible.getWidth() * visible.getHeight();
  }

  /**
   * The boxes {@code page} draws, or {@code null} if its content cannot be read (the stamp then
   * goes where it would on an empty page).
   */
  static List<Rectangle2D> of(PDPage page, PDRectangle visible) {
    ContentBounds bounds = new ContentBounds(page, visible);
    try {
      bounds.processPage(page);
      for (PDAnnotation annotation : page.getAnnotations()) {
        PDRectangle rect = annotation.getRectangle();
        if (rect != null && !annotation.isHidden() && !annotation.isNoView()) {
          bounds.add(
              new Rectangle2D.Float(
                  rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getWidth(), rect.getHeight()));
        }
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null;
    }
    return bounds.boxes;
  }

  private void add(Rectangle2D box) {
    if (box.getWidth() * box.getHeight() > 0.9 * pageArea) {
      return; // a background
    }
    if (boxes.size() < MAX_BOXES) {
      boxes.add(box);
    } else if (!overflow) {
      overflow = true;
    } else {
      boxes.get(boxes.size() - 1).add(box); // past the cap, the last box grows
    }
  }

  private Point2D device(float x, float y) {
    return getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
  }

  private void extendPath(Point2D point) {
    if (path == null) {
      path = new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
    } else {
      path.add(point);
    }
  }

  private void paint() {
    if (path != null) {
      add(path);
    }
    path = null;
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
    // The glyph's em box: its advance wide, from below the baseline to above the cap height.
    float width = displacement.getX() != 0 ? displacement.getX() : 0.5f;
    Rectangle2D box = null;
    for (float[] corner : new float[][] {{0, -0.25f}, {width, -0.25f}, {0, 0.9f}, {width, 0.9f}}) {
      Point2D p = textRenderingMatrix.transformPoint(corner[0], corner[1]);
      if (box == null) {
        box = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
      } else {
        box.add(p);
      }
    }
    add(box);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    extendPath(p0);
    extendPath(p1);
    extendPath(p2);
    extendPath(p3);
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D box = null;
    for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
      Point2D p = ctm.transformPoint(corner[0], corner[1]);
      if (box == null) {
        box = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
      } else {
        box.add(p);
      }
    }
    add(box);
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {
    Point2D p = device(x, y);
    current.setLocation(p);
    extendPath(p);
  }

  @Override
  public void lineTo(float x, float y) {
    moveTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    extendPath(device(x1, y1));
    extendPath(device(x2, y2));
    moveTo(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    path = null;
  }

  @Override
  public void strokePath() {
    paint();
  }

  @Override
  public void fillPath(int windingRule) {
    paint();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paint();
  }

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    // Fills the clip, which is not tracked: taken as the whole page, a background.
  }
}
