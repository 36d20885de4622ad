package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A report's pages as a reader sees them, found by walking its page tree: the one count the pack
 * uses, both to number its pages and to write them. The tree's /Count is not trusted (it may be
 * wrong or absurd), nor its /Type entries (they may be missing), nor its /Parent links.
 *
 * <p>Each page comes back as a dictionary of its own, with the attributes it inherits from the
 * nodes above it (resources, boxes, rotation) set on it: a page object that the tree lists twice
 * comes back the second time as a copy, since each place in the pack is a page object of its own,
 * and may inherit differently in each place. A node that the walk has already entered is not
 * entered again (a loop), and the walk stops with an error past {@value #MAX_PAGES} pages or
 * {@value #MAX_DEPTH} levels, so a small hostile file cannot make it loop or exhaust the heap.
 */
final class PageTree {
  static final int MAX_PAGES = 100_000;
  static final int MAX_DEPTH = 1_000;
  private static final int MAX_NODES = 4 * MAX_PAGES;

  private static final COSName[] INHERITED = {
    COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE
  };

  private PageTree() {}

  /** A node still to visit, with what it inherits from the nodes above it. */
  private record Visit(COSDictionary node, COSDictionary inherited, int depth) {}

  /** The pages in reading order; empty if the document has none. */
  static List<COSDictionary> pages(PDDocument document) throws IOException {
    COSBase root = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
    List<COSDictionary> pages = new ArrayList<>();
    if (!(root instanceof COSDictionary rootNode)) {
      return pages;
    }
    Set<COSDictionary> entered = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<COSDictionary> listed = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Visit> stack = new ArrayDeque<>();
    stack.push(new Visit(rootNode, new COSDictionary(), 0));
    int nodes = 0;
    while (!stack.isEmpty()) {
      Visit visit = stack.pop();
      COSDictionary node = visit.node();
      if (!isPage(node)) {
        if (!entered.add(node)) {
          continue; // a loop, or a node listed twice: its pages are already counted
        }
        if (++nodes > MAX_NODES) {
          throw new IOException("has a page tree of more than " + MAX_NODES + " nodes");
        }
        if (visit.depth() > MAX_DEPTH) {
          throw new IOException("has a page tree nested more than " + MAX_DEPTH + " levels deep");
        }
        COSDictionary inherited = inherit(visit.inherited(), node);
        COSArray kids = node.getCOSArray(COSName.KIDS);
        // Pushed last to first, so that they are visited first to last.
        for (int i = kids.size() - 1; i >= 0; i--) {
          if (kids.getObject(i) instanceof COSDictionary kid) {
            stack.push(new Visit(kid, inherited, visit.depth() + 1));
          }
        }
        continue;
      }
      if (pages.size() == MAX_PAGES) {
        throw new IOException("has more than " + MAX_PAGES + " pages");
      }
      COSDictionary page = listed.add(node) ? node : copy(node);
      for (COSName key : INHERITED) {
        COSBase value = visit.inherited().getItem(key);
        if (value != null && page.getDictionaryObject(key) == null) {
          page.setItem(key, value);
        }
      }
      pages.add(page);
    }
    return pages;
  }

  /**
   * A page is a node without kids, or one that says it is a page. Intermediate nodes whose /Type is
   * missing or wrong are still walked.
   */
  private static boolean isPage(COSDictionary node) {
    if (COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
      return true;
    }
    return node.getCOSArray(COSName.KIDS) == null;
  }

  private static COSDictionary inherit(COSDictionary above, COSDictionary node) {
    COSDictionary inherited = above;
    for (COSName key : INHERITED) {
      COSBase value = node.getItem(key);
      if (value instanceof COSObject indirect) {
        value = indirect.getObject();
      }
      if (isUsable(key, value)) {
        if (inherited == above) {
          inherited = new COSDictionary(above);
        }
        inherited.setItem(key, value);
      }
    }
    return inherited;
  }

  private static boolean isUsable(COSName key, COSBase value) {
    if (COSName.ROTATE.equals(key)) {
      return value instanceof COSNumber;
    }
    return value instanceof COSDictionary || value instanceof COSArray;
  }

  /**
   * A second page object for a page the tree lists again: its own dictionary and content array,
   * since stamping appends to both; the content streams and resources are shared.
   */
  private static COSDictionary copy(COSDictionary page) {
    COSDictionary copy = new COSDictionary(page);
    COSBase contents = page.getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSArray array) {
      COSArray own = new COSArray();
      for (int i = 0; i < array.size(); i++) {
        own.add(array.get(i));
      }
      copy.setItem(COSName.CONTENTS, own);
    }
    copy.removeItem(COSName.ANNOTS); // an annotation belongs to one page (/P)
    return copy;
  }
}
