package org.decisionnotices.render.docx.internal;

import org.decisionnotices.render.PageSize;

/** Paper and margins in twips (1/20 point), the unit of {@code w:pgSz} and {@code w:pgMar}. */
record PageGeometry(int width, int height, int margin, int headerFooterDistance) {
  /** 25 mm: wide enough for hole punching and for Word's and LibreOffice's printers alike. */
  private static final int MARGIN = 1418;

  /** 12.5 mm from the paper edge to the header and footer. */
  private static final int HEADER_FOOTER = 709;

  static PageGeometry of(PageSize size) {
    return switch (size) {
      case A4 -> new PageGeometry(11906, 16838, MARGIN, HEADER_FOOTER);
      case LETTER -> new PageGeometry(12240, 15840, MARGIN, HEADER_FOOTER);
    };
  }

  int textWidth() {
    return width - 2 * margin;
  }
}
