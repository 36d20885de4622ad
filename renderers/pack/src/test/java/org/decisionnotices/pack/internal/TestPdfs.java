package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDStructureElementNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.pdf.internal.Conformance;
import org.decisionnotices.render.pdf.internal.DocumentFonts;
import org.decisionnotices.render.pdf.internal.FontLibrary;
import org.decisionnotices.render.pdf.internal.FontStyle;
import org.decisionnotices.render.pdf.internal.NoticeFragments;
import org.decisionnotices.render.pdf.internal.StructureTagger;
import org.decisionnotices.render.pdf.internal.TextWrapper;

/**
 * Writes report PDFs for tests and samples: tagged (PDF/UA-1, with a bookmark per section) or
 * untagged, plus broken ones (encrypted, corrupt).
 */
public final class TestPdfs {
  /** A section of a report: a heading and its paragraphs, optionally starting a new page. */
  public record Section(String heading, List<String> paragraphs, boolean newPage) {
    public Section(String heading, List<String> paragraphs) {
      this(heading, paragraphs, false);
    }

    public Section onNewPage() {
      return new Section(heading, paragraphs, true);
    }
  }

  private static final LocalDate CREATED = LocalDate.of(2025, 3, 12);
  private static final FontLibrary FONTS = new FontLibrary();

  private TestPdfs() {}

  /** A tagged report: H1 title, then each section as H2 and paragraphs, each section bookmarked. */
  public static void tagged(Path file, String title, List<Section> sections) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.7f);
      byte[] digest =
          Conformance.digest(
              (title + sections).getBytes(StandardCharsets.UTF_8), RenderOptions.defaults());
      Conformance.apply(doc, title, Locale.UK, CREATED, digest, Conformance.Claims.UA_AND_A);
      StructureTagger tagger = new StructureTagger(doc);
      TaggedWriter writer = writer(doc, tagger, title);
      writer.heading("H1", title);
      PDDocumentOutline outline = new PDDocumentOutline();
      for (Section section : sections) {
        if (section.newPage()) {
          writer.newPage();
        }
        writer.heading("H2", section.heading());
        PDOutlineItem mark = new PDOutlineItem();
        mark.setTitle(section.heading());
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(doc.getPage(writer.pageCount() - 1));
        mark.setDestination(destination);
        outline.addLast(mark);
        for (String paragraph : section.paragraphs()) {
          writer.paragraph(paragraph);
        }
      }
      writer.close();
      tagger.finish();
      doc.getDocumentCatalog().setDocumentOutline(outline);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      doc.save(file.toFile());
    }
  }

  private static TaggedWriter writer(PDDocument doc, StructureTagger tagger, String title)
      throws IOException {
    DocumentFonts fonts = new DocumentFonts(doc, FONTS);
    return new TaggedWriter(
        doc,
        fonts,
        new TextWrapper(FONTS, title),
        tagger,
        null,
        new NoticeFragments(doc, fonts, tagger, RenderOptions.defaults(), title),
        Branding.NONE.accentRgb());
  }

  /**
   * A tagged one-page report: an H1 title, then a table whose header cells have the IDs {@code
   * col0}, {@code col1} and so on, in the structure ID tree, and whose data cells name their
   * column's header in /Headers and have the class {@code Cell} (in the ClassMap). Every such
   * report uses the same IDs and class name.
   */
  public static void taggedTable(Path file, String title, List<String> header, List<String> row)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.7f);
      byte[] digest =
          Conformance.digest(
              (title + header + row).getBytes(StandardCharsets.UTF_8), RenderOptions.defaults());
      Conformance.apply(doc, title, Locale.UK, CREATED, digest, Conformance.Claims.UA_AND_A);
      StructureTagger tagger = new StructureTagger(doc);
      TaggedWriter writer = writer(doc, tagger, title);
      writer.heading("H1", title);
      writer.close();
      PDStructureElement document = (PDStructureElement) tagger.root().getKids().get(0);
      PDStructureElement table = tagger.element("Table", document);
      Map<String, PDStructureElement> ids = new TreeMap<>();
      DocumentFonts fonts = new DocumentFonts(doc, FONTS);
      PDPage page = tagger.page();
      try (PDPageContentStream content =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        PDStructureElement headerRow = tagger.element("TR", table);
        for (int c = 0; c < header.size(); c++) {
          PDStructureElement th = tagger.element("TH", headerRow);
          th.setElementIdentifier("col" + c);
          ids.put("col" + c, th);
          PDTableAttributeObject scope = new PDTableAttributeObject();
          scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
          th.addAttribute(scope);
          cell(content, fonts, tagger, th, "TH", header.get(c), 72 + 200 * c, 680);
        }
        PDStructureElement dataRow = tagger.element("TR", table);
        for (int c = 0; c < row.size(); c++) {
          PDStructureElement td = tagger.element("TD", dataRow);
          PDTableAttributeObject headers = new PDTableAttributeObject();
          headers.setHeaders(new String[] {"col" + c});
          td.addAttribute(headers);
          td.addClassName("Cell");
          cell(content, fonts, tagger, td, "TD", row.get(c), 72 + 200 * c, 660);
        }
      }
      PDStructureElementNameTreeNode idTree = new PDStructureElementNameTreeNode();
      idTree.setNames(ids);
      tagger.root().setIDTree(idTree);
      PDLayoutAttributeObject start = new PDLayoutAttributeObject();
      start.setTextAlign(PDLayoutAttributeObject.TEXT_ALIGN_START);
      tagger.root().setClassMap(Map.of("Cell", start));
      tagger.finish();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      doc.save(file.toFile());
    }
  }

  private static void cell(
      PDPageContentStream content,
      DocumentFonts fonts,
      StructureTagger tagger,
      PDStructureElement owner,
      String tag,
      String text,
      float x,
      float y)
      throws IOException {
    content.beginMarkedContent(COSName.getPDFName(tag), tagger.mark(owner));
    content.beginText();
    content.setFont(fonts.font(FontStyle.REGULAR), 10);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
    content.endMarkedContent();
  }

  /** An untagged report of {@code pages} pages, each showing {@code text} and its page number. */
  public static void untagged(Path file, String text, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      DocumentFonts fonts = new DocumentFonts(doc, FONTS);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(fonts.font(FontStyle.REGULAR), 12);
          content.newLineAtOffset(72, 700);
          content.showText(text + " (untagged page " + i + ")");
          content.endText();
        }
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      doc.save(file.toFile());
    }
  }

  /** A report that needs a password to open. */
  public static void encrypted(Path file) throws IOException {
    untagged(file, "Encrypted report", 1);
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      Path encrypted = file.resolveSibling(file.getFileName() + ".tmp");
      doc.save(encrypted.toFile());
      doc.close();
      Files.move(encrypted, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A file that starts like a PDF but is cut off after its header. */
  public static void corrupt(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, "%PDF-1.7\n%garbage, not a PDF body\n1 0 obj\n<< /Type /Catal");
  }
}
