package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.decisionnotices.render.pdf.PdfPages;

/**
 * Writes the pack's objects as it goes: the front matter, then each report, opened one at a time,
 * stamped and written out before the next is opened, then the objects that tie the pack together
 * (page tree, structure tree root and parent tree, bookmarks, catalog). What it keeps between
 * reports is a few numbers per page and per report, so memory does not grow with the pack (issue
 * 6). It does for the reports what PDFBox's merger did: each page gets its inherited boxes,
 * rotation and resources; with structure, the report's StructParent(s) keys move past the pack's,
 * its Document element becomes a Part of the pack's Document, its parent tree becomes a kid of the
 * pack's, and its role map joins the pack's.
 *
 * <p>A report's structure IDs and class names are its own, and two reports may use the same ones,
 * so both get the report's prefix ({@code r7-} for the 7th report, zero-padded to sort in report
 * order): element /IDs, the IDs in table cells' /Headers, and the class names in /C and in its
 * ClassMap. Its ID tree, so renamed, becomes one kid of the pack's (a kid per report, as with the
 * parent tree), and each of its classes is written as it goes, so that the pack's ClassMap keeps
 * only names and object numbers.
 */
final class PackBody {
  /**
   * A bookmark; {@code report} is the index of the report whose own bookmarks go beneath, or -1.
   */
  record Mark(String title, int page, List<Mark> children, int report) {}

  private record Adopted(int first, int last, int count) {}

  private final ObjectWriter w;
  private final boolean structure;
  private final int[] pageNumbers;
  private final Map<Integer, Integer> reserved = new HashMap<>();
  private final int catalog;
  private final int pages;
  private final int structRoot;
  private final int document;
  private final int parentTree;
  private final int outlines;
  private final int info;
  private final COSDictionary pagesStand;
  private final COSDictionary documentStand;
  private final List<Integer> documentKids = new ArrayList<>();
  private final List<Integer> parentTreeKids = new ArrayList<>();
  private final List<Adopted> reportOutlines = new ArrayList<>();
  private final List<Integer> reportMarks = new ArrayList<>();
  private final COSDictionary roleMap = new COSDictionary();
  private final List<Integer> idTreeKids = new ArrayList<>();
  private final COSDictionary classMap = new COSDictionary();
  private final int prefixDigits;
  private int nextKey;

  /**
   * @param structure whether any report is tagged, so that the pack's Document gets Parts
   */
  PackBody(ObjectWriter w, int pageCount, int reportCount, boolean structure) {
    this.w = w;
    this.structure = structure;
    this.pageNumbers = new int[pageCount];
    this.prefixDigits = Integer.toString(Math.max(1, reportCount)).length();
    catalog = w.reserve();
    pages = w.reserve();
    structRoot = w.reserve();
    document = structure ? w.reserve() : -1;
    parentTree = w.reserve();
    outlines = w.reserve();
    info = w.reserve();
    // Reserved now, though written last, so that the numbers handed out while the reports are
    // written are all written soon after (see XrefTable).
    for (int r = 0; r < reportCount; r++) {
      reportMarks.add(w.reserve());
    }
    pagesStand = w.placeholder(pages);
    documentStand = structure ? w.placeholder(document) : null;
  }

  /** Stands for page {@code index}, not yet written: a link or bookmark target. */
  COSDictionary laterPage(int index) {
    return w.placeholder(reserved.computeIfAbsent(index, i -> w.reserve()));
  }

  /** Writes the front matter, already drawn, tagged and stamped in {@code front}. */
  void frontMatter(PDDocument front) throws IOException {
    PDStructureTreeRoot root = front.getDocumentCatalog().getStructureTreeRoot();
    COSDictionary frontDocument = (COSDictionary) root.getK();
    w.alias(front.getPages().getCOSObject(), pages);
    w.alias(root.getCOSObject(), structure ? document : structRoot);
    if (structure) {
      frontDocument.setItem(COSName.S, COSName.PART);
    }
    for (int p = 0; p < front.getNumberOfPages(); p++) {
      pageNumbers[p] = w.ref(front.getPage(p).getCOSObject());
    }
    documentKids.add(w.ref(frontDocument));
    nextKey = root.getParentTreeNextKey();
    COSDictionary numbers = root.getParentTree().getCOSObject();
    numbers.setItem(COSName.LIMITS, limits(0, nextKey - 1));
    parentTreeKids.add(w.ref(numbers));
    w.drain();
  }

  /**
   * Appends one report, whose first page is page {@code firstPage} of the pack, stamping each of
   * its pages with {@code footer} and {@code header} of the page's index.
   */
  void report(
      CheckedDocument checked,
      int firstPage,
      IntFunction<String> footer,
      IntFunction<String> header,
      PdfPages.Drawing fonts)
      throws IOException {
    w.beginUnit();
    try (PDDocument report = ReportFile.open(checked.file())) {
      ReportForm.flatten(report); // as the check did
      List<COSDictionary> reportPages = PageTree.pages(report);
      if (reportPages.size() != checked.pages()) {
        throw new IOException(
            "had " + checked.pages() + " pages when checked and " + reportPages.size() + " now");
      }
      // Every page gets its number before anything refers to it: a link or bookmark in the
      // report may point at a page later than its own.
      for (int i = 0; i < reportPages.size(); i++) {
        Integer number = reserved.remove(firstPage + i);
        pageNumbers[firstPage + i] = number != null ? number : w.reserve();
        w.assign(reportPages.get(i), pageNumbers[firstPage + i]);
      }
      PDDocumentCatalog reportCatalog = report.getDocumentCatalog();
      w.alias(reportCatalog.getCOSObject(), catalog);
      if (reportCatalog.getCOSObject().getDictionaryObject(COSName.PAGES)
          != reportPages.get(0)) { // unless its one page is the whole tree
        w.alias(reportCatalog.getCOSObject().getDictionaryObject(COSName.PAGES), pages);
      }
      PDStructureTreeRoot root = reportCatalog.getStructureTreeRoot();
      Map<Integer, COSBase> tree = new TreeMap<>();
      if (structure && root != null && root.getParentTree() != null) {
        numbers(root.getParentTree().getCOSObject(), tree, 0);
      }
      boolean merged = !tree.isEmpty();
      int offset = nextKey;

      explicitDestinations(report, reportPages);
      // Its pages are the report's own objects, changed in place: the report is not saved.
      Stamper stamper = new Stamper(report, fonts);
      int index = firstPage;
      for (COSDictionary dict : reportPages) {
        PDPage page = new PDPage(dict);
        PDRectangle visible = Stamper.visibleBox(page);
        PDRectangle media = page.getMediaBox();
        // An empty or missing media box, or a crop box outside it, made whole: what readers show.
        dict.setItem(
            COSName.MEDIA_BOX,
            media.getWidth() > 1 && media.getHeight() > 1 ? media : PDRectangle.LETTER);
        dict.setItem(COSName.CROP_BOX, visible);
        dict.setInt(COSName.ROTATE, page.getRotation());
        dict.setItem(COSName.RESOURCES, ownResources(page.getResources()));
        dict.setItem(COSName.PARENT, pagesStand);
        dict.setItem(COSName.TYPE, COSName.PAGE);
        structParent(dict, COSName.STRUCT_PARENTS, merged, offset);
        COSArray annotations = dict.getCOSArray(COSName.ANNOTS);
        for (int a = 0; annotations != null && a < annotations.size(); a++) {
          if (annotations.getObject(a) instanceof COSDictionary annotation) {
            structParent(annotation, COSName.STRUCT_PARENT, merged, offset);
          }
        }
        // A fresh PDPage: this one still holds the resources it read before they were copied.
        stamper.stamp(new PDPage(dict), footer.apply(index), header.apply(index));
        index++;
      }

      List<COSDictionary> top = new ArrayList<>();
      if (merged) {
        w.alias(root.getCOSObject(), document);
        COSBase k = root.getK();
        if (k instanceof COSDictionary element) {
          top.add(element);
        } else if (k instanceof COSArray array) {
          for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSDictionary element) {
              top.add(element);
            }
          }
        }
        for (COSDictionary element : top) {
          if (COSName.DOCUMENT.equals(element.getCOSName(COSName.S))) {
            element.setItem(COSName.S, COSName.PART);
          }
          element.setItem(COSName.P, documentStand);
          documentKids.add(w.ref(element));
        }
        COSArray nums = new COSArray();
        int last = -1;
        for (Map.Entry<Integer, COSBase> entry : tree.entrySet()) {
          nums.add(COSInteger.get(entry.getKey() + (long) offset));
          nums.add(entry.getValue());
          last = entry.getKey();
        }
        COSDictionary kid = new COSDictionary();
        kid.setItem(COSName.LIMITS, limits(offset, offset + last));
        kid.setItem(COSName.NUMS, nums);
        parentTreeKids.add(w.ref(kid));
        nextKey = offset + last + 1;
        COSDictionary roles = root.getCOSObject().getCOSDictionary(COSName.ROLE_MAP);
        if (roles != null) {
          for (Map.Entry<COSName, COSBase> role : roles.entrySet()) {
            if (!roleMap.containsKey(role.getKey()) && role.getValue() instanceof COSName) {
              roleMap.setItem(role.getKey(), role.getValue());
            }
          }
        }
      }

      if (merged) {
        String prefix =
            String.format(Locale.ROOT, "r%0" + prefixDigits + "d-", reportOutlines.size() + 1);
        Set<COSName> classes = adoptClasses(root.getCOSObject(), prefix);
        renameInElements(top, prefix, classes);
        adoptIds(root.getCOSObject(), prefix);
      }

      PDDocumentOutline outline = reportCatalog.getDocumentOutline();
      int mark = reportMarks.get(reportOutlines.size());
      if (outline != null && outline.getFirstChild() != null) {
        w.alias(outline.getCOSObject(), mark);
        int count = 0;
        for (PDOutlineItem ignored : outline.children()) {
          count++;
        }
        reportOutlines.add(
            new Adopted(
                w.ref(outline.getFirstChild().getCOSObject()),
                w.ref(outline.getLastChild().getCOSObject()),
                count));
      } else {
        reportOutlines.add(null);
      }
      w.endUnit();
    }
  }

  /** Writes the page tree, structure tree root, bookmarks, catalog, Info and trailer. */
  void finish(PDDocument front, List<Mark> marks) throws IOException {
    if (!reserved.isEmpty()) {
      throw new IllegalStateException("pages never written: " + reserved.keySet());
    }
    COSDictionary pageTree = new COSDictionary();
    pageTree.setItem(COSName.TYPE, COSName.PAGES);
    pageTree.setItem(COSName.KIDS, references(pageNumbers));
    pageTree.setInt(COSName.COUNT, pageNumbers.length);
    w.write(pages, pageTree);

    COSDictionary parents = new COSDictionary();
    parents.setItem(
        COSName.KIDS, references(parentTreeKids.stream().mapToInt(Integer::intValue).toArray()));
    w.write(parentTree, parents);
    COSDictionary root = new COSDictionary();
    root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
    COSArray documents = references(documentKids.stream().mapToInt(Integer::intValue).toArray());
    if (structure) {
      COSDictionary packDocument = new COSDictionary();
      packDocument.setItem(COSName.S, COSName.DOCUMENT);
      packDocument.setItem(COSName.P, ObjectWriter.reference(structRoot));
      packDocument.setItem(COSName.K, documents);
      w.write(document, packDocument);
      root.setItem(COSName.K, documentStand);
    } else {
      root.setItem(COSName.K, documents.get(0));
    }
    root.setItem(COSName.PARENT_TREE, ObjectWriter.reference(parentTree));
    root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
    if (roleMap.size() > 0) {
      roleMap.setDirect(true);
      root.setItem(COSName.ROLE_MAP, roleMap);
    }
    if (classMap.size() > 0) {
      classMap.setDirect(true);
      root.setItem(COSName.CLASS_MAP, classMap);
    }
    if (!idTreeKids.isEmpty()) {
      COSDictionary ids = new COSDictionary();
      ids.setDirect(true);
      ids.setItem(
          COSName.KIDS, references(idTreeKids.stream().mapToInt(Integer::intValue).toArray()));
      root.setItem(COSName.ID_TREE, ids);
    }
    w.write(structRoot, root);

    int[] top = numbersFor(marks);
    COSDictionary outline = new COSDictionary();
    outline.setItem(COSName.TYPE, COSName.OUTLINES);
    outline.setItem(COSName.FIRST, ObjectWriter.reference(top[0]));
    outline.setItem(COSName.LAST, ObjectWriter.reference(top[top.length - 1]));
    outline.setInt(COSName.COUNT, writeMarks(marks, top, outlines));
    w.write(outlines, outline);

    PDDocumentCatalog frontCatalog = front.getDocumentCatalog();
    COSDictionary cat = frontCatalog.getCOSObject();
    cat.setItem(COSName.PAGES, pagesStand);
    cat.setItem(COSName.STRUCT_TREE_ROOT, ObjectWriter.reference(structRoot));
    cat.setItem(COSName.OUTLINES, ObjectWriter.reference(outlines));
    cat.setName(COSName.PAGE_MODE, "UseOutlines");
    cat.setItem(COSName.OPEN_ACTION, fit(0));
    // One range over the whole pack, so that labels equal the printed "Page N".
    COSDictionary decimal = new COSDictionary();
    decimal.setDirect(true);
    decimal.setName(COSName.S, "D");
    COSArray labelNums = new COSArray();
    labelNums.add(COSInteger.ZERO);
    labelNums.add(decimal);
    COSDictionary labels = new COSDictionary();
    labels.setDirect(true);
    labels.setItem(COSName.NUMS, labelNums);
    cat.setItem(COSName.PAGE_LABELS, labels);
    w.write(catalog, cat);
    w.write(info, front.getDocumentInformation().getCOSObject());
    w.finish(catalog, info, front.getDocument().getTrailer().getCOSArray(COSName.ID));
  }

  /** Object numbers for {@code marks}: a document's was reserved with its report. */
  private int[] numbersFor(List<Mark> marks) {
    int[] numbers = new int[marks.size()];
    for (int i = 0; i < marks.size(); i++) {
      Mark mark = marks.get(i);
      numbers[i] = mark.report() >= 0 ? reportMarks.get(mark.report()) : w.reserve();
    }
    return numbers;
  }

  /**
   * Writes {@code marks}, numbered {@code numbers}, as the children of object {@code parent}, open;
   * returns how many entries they show.
   */
  private int writeMarks(List<Mark> marks, int[] numbers, int parent) throws IOException {
    int visible = 0;
    for (int i = 0; i < marks.size(); i++) {
      Mark mark = marks.get(i);
      COSDictionary item = new COSDictionary();
      item.setString(COSName.TITLE, mark.title());
      item.setItem(COSName.PARENT, ObjectWriter.reference(parent));
      if (i > 0) {
        item.setItem(COSName.PREV, ObjectWriter.reference(numbers[i - 1]));
      }
      if (i + 1 < marks.size()) {
        item.setItem(COSName.NEXT, ObjectWriter.reference(numbers[i + 1]));
      }
      item.setItem(COSName.DEST, fit(mark.page()));
      visible++;
      if (!mark.children().isEmpty()) {
        int[] kids = numbersFor(mark.children());
        int open = writeMarks(mark.children(), kids, numbers[i]);
        item.setItem(COSName.FIRST, ObjectWriter.reference(kids[0]));
        item.setItem(COSName.LAST, ObjectWriter.reference(kids[kids.length - 1]));
        item.setInt(COSName.COUNT, open);
        visible += open;
      } else if (mark.report() >= 0 && reportOutlines.get(mark.report()) != null) {
        // The report's own bookmarks, closed: a negative count (ISO 32000-1 12.3.3).
        Adopted adopted = reportOutlines.get(mark.report());
        item.setItem(COSName.FIRST, ObjectWriter.reference(adopted.first()));
        item.setItem(COSName.LAST, ObjectWriter.reference(adopted.last()));
        item.setInt(COSName.COUNT, -adopted.count());
      }
      w.write(numbers[i], item);
    }
    return visible;
  }

  /** A {@code [page /Fit]} destination. */
  private COSArray fit(int page) {
    COSArray destination = new COSArray();
    destination.add(ObjectWriter.reference(pageNumbers[page]));
    destination.add(COSName.getPDFName("Fit"));
    return destination;
  }

  private COSArray references(int[] numbers) {
    COSArray array = new COSArray();
    for (int number : numbers) {
      array.add(ObjectWriter.reference(number));
    }
    return array;
  }

  private static COSArray limits(int first, int last) {
    COSArray limits = new COSArray();
    limits.add(COSInteger.get(first));
    limits.add(COSInteger.get(last));
    return limits;
  }

  /**
   * Replaces the report's named destinations, in its links and bookmarks, with the pages they name:
   * the pack has no name tree of its own (one would have to hold every report's names), so a name
   * would lead nowhere. Names that the report does not define are left as they are.
   */
  private static void explicitDestinations(PDDocument report, List<COSDictionary> pages)
      throws IOException {
    PDDocumentCatalog catalog = report.getDocumentCatalog();
    if (catalog.getDests() == null
        && (catalog.getNames() == null || catalog.getNames().getDests() == null)) {
      return;
    }
    for (COSDictionary page : pages) {
      for (PDAnnotation annotation : new PDPage(page).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link) {
          if (link.getDestination() instanceof PDNamedDestination named) {
            PDPageDestination target = catalog.findNamedDestinationPage(named);
            if (target != null) {
              link.setDestination(target);
            }
          } else if (link.getAction() instanceof PDActionGoTo goTo
              && goTo.getDestination() instanceof PDNamedDestination named) {
            PDPageDestination target = catalog.findNamedDestinationPage(named);
            if (target != null) {
              goTo.setDestination(target);
            }
          }
        }
      }
    }
    PDDocumentOutline outline = catalog.getDocumentOutline();
    if (outline != null) {
      explicitDestinations(catalog, outline, 0);
    }
  }

  private static void explicitDestinations(PDDocumentCatalog catalog, PDOutlineNode node, int depth)
      throws IOException {
    if (depth > 64) {
      return; // a damaged outline; its deeper entries keep their names
    }
    for (PDOutlineItem item : node.children()) {
      if (item.getDestination() instanceof PDNamedDestination named) {
        PDPageDestination target = catalog.findNamedDestinationPage(named);
        if (target != null) {
          item.setDestination(target);
        }
      } else if (item.getAction() instanceof PDActionGoTo goTo
          && goTo.getDestination() instanceof PDNamedDestination named) {
        PDPageDestination target = catalog.findNamedDestinationPage(named);
        if (target != null) {
          goTo.setDestination(target);
        }
      }
      explicitDestinations(catalog, item, depth + 1);
    }
  }

  /** Moves a StructParent(s) key past the pack's keys, or drops it if the report is not merged. */
  private static void structParent(COSDictionary dict, COSName key, boolean merged, int offset) {
    int value = dict.getInt(key, -1);
    if (merged && value >= 0) {
      dict.setInt(key, value + offset);
    } else {
      dict.removeItem(key);
    }
  }

  /**
   * A page's own copy of its resources (and of their fonts and properties, which stamping adds to),
   * so that stamping one page does not add to resources the report's pages share.
   */
  private static COSDictionary ownResources(PDResources resources) {
    COSDictionary own =
        resources == null ? new COSDictionary() : new COSDictionary(resources.getCOSObject());
    for (COSName kind : new COSName[] {COSName.FONT, COSName.PROPERTIES}) {
      COSDictionary entries = own.getCOSDictionary(kind);
      if (entries != null) {
        own.setItem(kind, new COSDictionary(entries));
      }
    }
    return own;
  }

  /**
   * Writes each class of the report's ClassMap, its name prefixed, into the pack's; returns the
   * report's class names.
   */
  private Set<COSName> adoptClasses(COSDictionary reportRoot, String prefix) {
    Set<COSName> names = new HashSet<>();
    COSDictionary classes = reportRoot.getCOSDictionary(COSName.CLASS_MAP);
    if (classes == null) {
      return names;
    }
    for (COSName name : classes.keySet()) {
      COSBase value = classes.getDictionaryObject(name);
      if (value instanceof COSDictionary || value instanceof COSArray) {
        names.add(name);
        classMap.setItem(prefixed(prefix, name), ObjectWriter.reference(w.ref(value)));
      }
    }
    return names;
  }

  /**
   * Prefixes, in the elements under {@code top}, each /ID, the IDs in table attributes' /Headers,
   * and the names in /C of the report's {@code classes}.
   */
  private static void renameInElements(
      List<COSDictionary> top, String prefix, Set<COSName> classes) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> toVisit = new ArrayDeque<>(top);
    COSDictionary element;
    while ((element = toVisit.poll()) != null) {
      if (!seen.add(element)
          || COSName.MCR.equals(element.getCOSName(COSName.TYPE))
          || COSName.OBJR.equals(element.getCOSName(COSName.TYPE))) {
        continue;
      }
      if (element.getDictionaryObject(COSName.ID) instanceof COSString id) {
        element.setItem(COSName.ID, prefixed(prefix, id));
      }
      COSBase attributes = element.getDictionaryObject(COSName.A);
      if (attributes instanceof COSDictionary attribute) {
        renameHeaders(attribute, prefix, seen);
      } else if (attributes instanceof COSArray list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.getObject(i) instanceof COSDictionary attribute) {
            renameHeaders(attribute, prefix, seen);
          }
        }
      }
      COSBase classNames = element.getDictionaryObject(COSName.C);
      if (classNames instanceof COSName name && classes.contains(name)) {
        element.setItem(COSName.C, prefixed(prefix, name));
      } else if (classNames instanceof COSArray list) {
        COSArray renamed = new COSArray();
        for (int i = 0; i < list.size(); i++) {
          COSBase item = list.getObject(i);
          renamed.add(
              item instanceof COSName name && classes.contains(name)
                  ? prefixed(prefix, name)
                  : item);
        }
        element.setItem(COSName.C, renamed);
      }
      COSBase kids = element.getDictionaryObject(COSName.K);
      if (kids instanceof COSDictionary kid) {
        toVisit.add(kid);
      } else if (kids instanceof COSArray list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.getObject(i) instanceof COSDictionary kid) {
            toVisit.add(kid);
          }
        }
      }
    }
  }

  private static void renameHeaders(COSDictionary attribute, String prefix, Set<COSBase> seen) {
    if (seen.add(attribute)
        && attribute.getDictionaryObject(COSName.getPDFName("Headers")) instanceof COSArray ids) {
      COSArray renamed = new COSArray();
      for (int i = 0; i < ids.size(); i++) {
        COSBase id = ids.getObject(i);
        renamed.add(id instanceof COSString string ? prefixed(prefix, string) : id);
      }
      attribute.setItem(COSName.getPDFName("Headers"), renamed);
    }
  }

  /** The report's ID tree, its keys prefixed, as one leaf: a kid of the pack's ID tree. */
  private void adoptIds(COSDictionary reportRoot, String prefix) throws IOException {
    COSDictionary tree = reportRoot.getCOSDictionary(COSName.ID_TREE);
    if (tree == null) {
      return;
    }
    Map<byte[], COSBase> entries = new TreeMap<>(Arrays::compareUnsigned);
    names(tree, prefix.getBytes(StandardCharsets.US_ASCII), entries, 0);
    if (entries.isEmpty()) {
      return;
    }
    COSArray names = new COSArray();
    for (Map.Entry<byte[], COSBase> entry : entries.entrySet()) {
      names.add(new COSString(entry.getKey()));
      names.add(entry.getValue());
    }
    COSArray limits = new COSArray();
    limits.add(names.get(0));
    limits.add(names.get(names.size() - 2));
    COSDictionary leaf = new COSDictionary();
    leaf.setItem(COSName.LIMITS, limits);
    leaf.setItem(COSName.NAMES, names);
    idTreeKids.add(w.ref(leaf));
  }

  /** Every entry of a name tree whose value is a dictionary, kids included, keys prefixed. */
  private static void names(COSDictionary node, byte[] prefix, Map<byte[], COSBase> into, int depth)
      throws IOException {
    if (depth > 32) {
      throw new IOException("structure ID tree nested too deeply");
    }
    COSArray names = node.getCOSArray(COSName.NAMES);
    for (int i = 0; names != null && i + 1 < names.size(); i += 2) {
      if (names.getObject(i) instanceof COSString key
          && names.getObject(i + 1) instanceof COSDictionary element) {
        into.put(concat(prefix, key.getBytes()), element);
      }
    }
    COSArray kids = node.getCOSArray(COSName.KIDS);
    for (int i = 0; kids != null && i < kids.size(); i++) {
      if (kids.getObject(i) instanceof COSDictionary kid) {
        names(kid, prefix, into, depth + 1);
      }
    }
  }

  private static COSString prefixed(String prefix, COSString id) {
    return new COSString(concat(prefix.getBytes(StandardCharsets.US_ASCII), id.getBytes()));
  }

  private static COSName prefixed(String prefix, COSName name) {
    return COSName.getPDFName(prefix + name.getName());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  /** Every entry of a number tree, kids included. */
  private static void numbers(COSDictionary node, Map<Integer, COSBase> into, int depth)
      throws IOException {
    if (depth > 32) {
      throw new IOException("parent tree nested too deeply");
    }
    COSArray nums = node.getCOSArray(COSName.NUMS);
    for (int i = 0; nums != null && i + 1 < nums.size(); i += 2) {
      if (nums.getObject(i) instanceof COSInteger key) {
        COSBase value = nums.get(i + 1);
        into.put(
            key.intValue(), value instanceof COSObject indirect ? indirect.getObject() : value);
      }
    }
    COSArray kids = node.getCOSArray(COSName.KIDS);
    for (int i = 0; kids != null && i < kids.size(); i++) {
      if (kids.getObject(i) instanceof COSDictionary kid) {
        numbers(kid, into, depth + 1);
      }
    }
  }
}
