package org.decisionnotices.render.pdf.internal;

/**
 * An element of the structure tree as the layout plans it. The drawer turns each into a PDF
 * structure element when its first content is drawn, so that kids appear in reading order.
 */
final class Node {
  final String type;
  final Node parent;

  /** The section this node belongs to, for error messages; {@code null} outside sections. */
  final String sectionKey;

  /** BCP 47 tag when it differs from the parent's, else {@code null}. */
  String language;

  /** Alternative text (Figure) or the annotation's /Contents (Link). */
  String alt;

  /** Table header scope ({@code Row} or {@code Column}) for TH, else {@code null}. */
  String scope;

  /** List numbering for L, else {@code null}. */
  String listNumbering;

  /** Table summary (its caption), else {@code null}. */
  String summary;

  /** Bookmark text for headings, else {@code null}. */
  String bookmark;

  Node(String type, Node parent, String sectionKey) {
    this.type = type;
    this.parent = parent;
    this.sectionKey = sectionKey;
  }

  Node child(String childType) {
    return new Node(childType, this, sectionKey);
  }
}
