package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.pack.PackInputException;
import org.decisionnotices.pack.PackProblem;

/**
 * Opens every document the pack will merge, one at a time, before a byte of the pack is written, so
 * that a bad input fails the whole run with every problem named.
 */
final class DocumentCheck {
  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  // Real PDFs may have junk before the header; readers accept it within the first 1 KB.
  private static final int HEADER_WINDOW = 1024;

  private static final int MAX_XMP_BYTES = 1 << 20;
  private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
  // The part as an attribute or an element: pdfuaid:part="1" or <pdfuaid:part>1</pdfuaid:part>.
  private static final Pattern UA_PART_1 =
      Pattern.compile("pdfuaid:part\\s*(=\\s*[\"']\\s*1\\s*[\"']|>\\s*1\\s*<)");

  private final Path folder;
  private final List<PackProblem> problems = new ArrayList<>();

  DocumentCheck(Path meetingFolder) throws IOException {
    // The real path, so that a symbolic link inside the folder cannot point outside it.
    this.folder = meetingFolder.toRealPath();
  }

  /**
   * The documents of every item the pack shows in full, in order.
   *
   * @param includeExempt whether exempt items' documents are merged; if not, they are not opened (a
   *     publisher may not even hold them)
   */
  List<CheckedDocument> check(Meeting meeting, boolean includeExempt) throws PackInputException {
    List<CheckedDocument> checked = new ArrayList<>();
    List<AgendaItem> items = meeting.items();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (item.isExempt() && !includeExempt) {
        continue;
      }
      for (int d = 0; d < item.documents().size(); d++) {
        DocumentRef ref = item.documents().get(d);
        String jsonPath = "$.items[" + i + "].documents[" + d + "].file";
        CheckedDocument document = check(item, ref, jsonPath);
        if (document != null) {
          checked.add(document);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PackInputException(problems);
    }
    return checked;
  }

  private CheckedDocument check(AgendaItem item, DocumentRef ref, String jsonPath) {
    Path file = resolve(item, ref, jsonPath);
    if (file == null) {
      return null;
    }
    try {
      if (!startsLikePdf(file)) {
        problem(item, ref, jsonPath, "is not a PDF");
        return null;
      }
    } catch (NoSuchFileException e) {
      problem(item, ref, jsonPath, "does not exist");
      return null;
    } catch (IOException e) {
      problem(item, ref, jsonPath, "cannot be read: " + e.getMessage());
      return null;
    }
    try (PDDocument pdf = ReportFile.open(file)) {
      // The same walk the writer makes, so that what validate accepts, pack can write.
      ReportForm.Outcome form = ReportForm.flatten(pdf);
      List<COSDictionary> pages = PageTree.pages(pdf);
      if (pages.isEmpty()) {
        problem(item, ref, jsonPath, "has no pages");
        return null;
      }
      ReportFile.readAll(pdf, pages);
      boolean tagged = isTagged(pdf);
      return new CheckedDocument(
          item,
          ref,
          jsonPath,
          file,
          pages.size(),
          tagged,
          // Flattening drops the widgets its structure may point to.
          tagged && !form.hadForm() && claimsPdfUa1(pdf),
          form.lostFields(),
          ReportFile.restrictions(pdf));
    } catch (ReportFile.Refused e) {
      problem(item, ref, jsonPath, e.getMessage());
    } catch (OutOfMemoryError e) {
      problem(item, ref, jsonPath, "is too large to read in the memory this run has");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // PDFBox reports damage as IOException, and occasionally as a runtime exception; a
      // StackOverflowError is a structure nested beyond what its recursive parser takes.
      problem(item, ref, jsonPath, "is not a readable PDF (corrupt?): " + describe(e));
    }
    return null;
  }

  static String describe(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private Path resolve(AgendaItem item, DocumentRef ref, String jsonPath) {
    Path file;
    try {
      file = folder.resolve(ref.file()).normalize();
    } catch (InvalidPathException e) {
      problem(item, ref, jsonPath, "is not a valid path");
      return null;
    }
    if (!file.startsWith(folder)) {
      problem(item, ref, jsonPath, "is outside the meeting's folder");
      return null;
    }
    if (!Files.exists(file)) {
      problem(item, ref, jsonPath, "does not exist");
      return null;
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(folder)) {
        problem(item, ref, jsonPath, "links to a file outside the meeting's folder");
        return null;
      }
      if (!Files.isRegularFile(real)) {
        problem(item, ref, jsonPath, "is not a file");
        return null;
      }
      return real;
    } catch (IOException e) {
      problem(item, ref, jsonPath, "cannot be read: " + e.getMessage());
      return null;
    }
  }

  private static boolean startsLikePdf(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEADER_WINDOW);
    }
    for (int i = 0; i + PDF_MAGIC.length <= head.length; i++) {
      if (Arrays.equals(head, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
        return true;
      }
    }
    return false;
  }

  static boolean isTagged(PDDocument pdf) {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    return catalog.getMarkInfo() != null
        && catalog.getMarkInfo().isMarked()
        && catalog.getStructureTreeRoot() != null
        && catalog.getStructureTreeRoot().getParentTree() != null;
  }

  /**
   * Whether the report says it conforms to PDF/UA-1, the part the pack claims: a PDF 2.0 file that
   * claims PDF/UA-2 does not make a PDF/UA-1 pack.
   */
  private static boolean claimsPdfUa1(PDDocument pdf) throws IOException {
    PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
    if (metadata == null || pdf.getVersion() >= 2.0f) {
      return false;
    }
    try (InputStream in = metadata.createInputStream()) {
      String xmp = new String(in.readNBytes(MAX_XMP_BYTES), StandardCharsets.UTF_8);
      return xmp.contains(PDFUA_NAMESPACE) && UA_PART_1.matcher(xmp).find();
    }
  }

  private void problem(AgendaItem item, DocumentRef ref, String jsonPath, String message) {
    problems.add(new PackProblem(item.number(), jsonPath, ref.file(), message));
  }
}
