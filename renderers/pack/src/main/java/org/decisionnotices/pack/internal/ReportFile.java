package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a report PDF the one way both the check and the writer do. A report encrypted with only an
 * owner password (an empty user password) opens as it does in every reader, decrypted; one that
 * needs a password, or a recipient's certificate, is refused with a message for the clerk.
 */
final class ReportFile {
  static final int MAX_OBJECTS = 1_000_000;

  private ReportFile() {}

  /** Why a report cannot be opened, in words for the person who supplied it. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static PDDocument open(Path file) throws IOException {
    try {
      return Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
    } catch (OutOfMemoryError e) {
      // PDFBox's parser, not the pack, needs more than the heap holds: the half-read document is
      // garbage once this returns, so the run can go on to name the file.
      throw new Refused(
          "is too large to open in the memory this run has ("
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); run with a larger heap (java -Xmx)",
          null);
    } catch (InvalidPasswordException e) {
      throw new Refused("needs a password to open; publish a copy that opens without one", e);
    } catch (LinkageError e) {
      // PDFBox's handler for certificate (public-key) encryption needs BouncyCastle, which the
      // pack does not ship: without the recipient's private key no handler could open it anyway.
      throw new Refused(
          "is encrypted for named recipients (certificate security) and cannot be opened without"
              + " their private key; publish a copy that opens without one",
          e);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("decryption material")) {
        throw new Refused(
            "is encrypted for named recipients (certificate security) and cannot be opened"
                + " without their private key; publish a copy that opens without one",
            e);
      }
      throw e;
    }
  }

  /**
   * Reads every object the pack would write of {@code pdf} (its pages and all they refer to, its
   * structure tree, its bookmarks), so that damage shows now, while checking, and not halfway
   * through writing the pack; and refuses a report of more than {@value #MAX_OBJECTS} objects.
   */
  static void readAll(PDDocument pdf, List<COSDictionary> pages) throws IOException {
    COSDictionary catalog = pdf.getDocumentCatalog().getCOSObject();
    Deque<COSBase> toVisit = new ArrayDeque<>(pages);
    for (COSName key : new COSName[] {COSName.STRUCT_TREE_ROOT, COSName.OUTLINES}) {
      COSBase value = catalog.getDictionaryObject(key);
      if (value != null) {
        toVisit.add(value);
      }
    }
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    COSBase next;
    while ((next = toVisit.poll()) != null) {
      COSBase object = next instanceof COSObject indirect ? indirect.getObject() : next;
      if (object == null || !seen.add(object)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new IOException("has more than " + MAX_OBJECTS + " objects");
      }
      if (object instanceof COSDictionary dictionary) {
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
          // Parents are reached from the top down; a page's is replaced in the pack.
          if (!COSName.PARENT.equals(entry.getKey()) && entry.getValue() != null) {
            toVisit.add(entry.getValue());
          }
        }
      } else if (object instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i) != null) {
            toVisit.add(array.get(i));
          }
        }
      }
    }
  }

  /**
   * The restrictions an encrypted report carried, e.g. "printing, copying text", or {@code null} if
   * it is not encrypted. Its pages are merged decrypted, as any reader shows them.
   */
  static String restrictions(PDDocument pdf) {
    if (!pdf.isEncrypted()) {
      return null;
    }
    AccessPermission permission = pdf.getCurrentAccessPermission();
    List<String> denied = new ArrayList<>();
    if (!permission.canPrint()) {
      denied.add("printing");
    } else if (!permission.canPrintFaithful()) {
      denied.add("high-quality printing");
    }
    if (!permission.canExtractContent()) {
      denied.add("copying text");
    }
    if (!permission.canExtractForAccessibility()) {
      denied.add("text for accessibility");
    }
    if (!permission.canModify()) {
      denied.add("changes");
    }
    if (!permission.canAssembleDocument()) {
      denied.add("assembling pages");
    }
    if (!permission.canModifyAnnotations()) {
      denied.add("comments");
    }
    if (!permission.canFillInForm()) {
      denied.add("filling in forms");
    }
    return String.join(", ", denied);
  }
}
