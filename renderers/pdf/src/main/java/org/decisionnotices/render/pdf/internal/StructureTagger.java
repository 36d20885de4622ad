package org.decisionnotices.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree of one document and its bookkeeping: marked-content ids restart at 0 on each
 * page; the parent tree has one entry per page (the owner of each MCID), keyed by the page's
 * position, then one per annotation; content of an element that started on an earlier page is
 * referenced with a marked-content reference naming its page. Public because {@code PdfPages} uses
 * it; not API.
 */
public final class StructureTagger {
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final List<COSArray> pageOwners = new ArrayList<>();
  private final List<Owned> annotations = new ArrayList<>();
  private PDPage page;
  private COSArray owners;

  private record Owned(PDAnnotation annotation, PDStructureElement owner) {}

  public StructureTagger(PDDocument doc) {
    doc.getDocumentCatalog().setStructureTreeRoot(root);
  }

  public PDStructureTreeRoot root() {
    return root;
  }

  /** Pages started so far. */
  public int pageCount() {
    return pageOwners.size();
  }

  /** The page content is being tagged on, or {@code null} before the first. */
  public PDPage page() {
    return page;
  }

  /** Makes {@code next} (already in the document) the page that content is tagged on. */
  public void startPage(PDPage next) {
    page = next;
    page.setStructParents(pageOwners.size());
    // Tab order follows the structure tree (PDF/UA 7.18.3).
    page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    owners = new COSArray();
    pageOwners.add(owners);
  }

  /** A new element of {@code type}, the last kid of {@code parent}, on the current page. */
  public PDStructureElement element(String type, PDStructureNode parent) {
    PDStructureElement element = new PDStructureElement(type, parent);
    element.setPage(page);
    parent.appendKid(element);
    return element;
  }

  /** The next MCID on the current page, owned by {@code owner}. */
  public int mark(PDStructureElement owner) {
    int mcid = owners.size();
    owners.add(owner);
    if (owner.getPage() != null && owner.getPage().getCOSObject() == page.getCOSObject()) {
      owner.appendKid(mcid);
    } else {
      PDMarkedContentReference reference = new PDMarkedContentReference();
      reference.setPage(page);
      reference.setMCID(mcid);
      owner.appendKid(reference);
    }
    return mcid;
  }

  /** Puts {@code annotation} on the current page, owned by {@code owner} (a Link, say). */
  public void annotate(PDAnnotation annotation, PDStructureElement owner) throws IOException {
    annotation.setPage(page);
    page.getAnnotations().add(annotation);
    PDObjectReference reference = new PDObjectReference();
    reference.setReferencedObject(annotation);
    reference.setPage(page);
    owner.appendKid(reference);
    annotations.add(new Owned(annotation, owner));
  }

  /** Writes the parent tree; call once, after the last content. */
  public void finish() {
    Map<Integer, COSObjectable> tree = new LinkedHashMap<>();
    for (int p = 0; p < pageOwners.size(); p++) {
      tree.put(p, pageOwners.get(p));
    }
    // Annotation keys follow the page keys, so a page's key is its position.
    int key = pageOwners.size();
    for (Owned owned : annotations) {
      owned.annotation().setStructParent(key);
      tree.put(key++, owned.owner());
    }
    PDNumberTreeNode parentTree = new PDNumberTreeNode(COSObjectable.class);
    parentTree.setNumbers(tree);
    root.setParentTree(parentTree);
    root.setParentTreeNextKey(key);
  }
}
