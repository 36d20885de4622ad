package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDStructureElementNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Table;
import org.decisionnotices.render.pdf.PdfPages;

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
  private static final PdfPages PAGES = PdfPages.create();

  private TestPdfs() {}

  /**
   * A tagged report (PDF/UA-1, drawn by the PDF renderer's layout): H1 title, then each section as
   * H2 and paragraphs, each section bookmarked. A section on a new page starts a new notice, headed
   * (H1) by the section's heading.
   */
  public static void tagged(Path file, String title, List<Section> sections) throws IOException {
    List<Notice> notices = new ArrayList<>();
    List<org.decisionnotices.render.layout.Section> parts = new ArrayList<>();
    String noticeTitle = title;
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      boolean titled = section.newPage() && i > 0;
      if (titled) {
        notices.add(notice(noticeTitle, parts));
        parts = new ArrayList<>();
        noticeTitle = section.heading();
      }
      List<Block> paragraphs = new ArrayList<>();
      for (String paragraph : section.paragraphs()) {
        paragraphs.add(new Paragraph(List.<Inline>of(new Text(paragraph))));
      }
      parts.add(
          new org.decisionnotices.render.layout.Section(
              "s" + i,
              titled ? null : section.heading(),
              null,
              paragraphs.isEmpty() ? List.of() : List.<Part>of(new Blocks(paragraphs))));
    }
    notices.add(notice(noticeTitle, parts));
    byte[] digest = (title + sections).getBytes(StandardCharsets.UTF_8);
    try (PdfPages.Drawing drawing =
        PAGES.draw(
            notices,
            List.of(),
            RenderOptions.defaults(),
            title,
            digest,
            PdfPages.Claims.PDF_UA_AND_PDF_A)) {
      PDDocument doc = drawing.document();
      PDDocumentOutline outline = new PDDocumentOutline();
      for (int i = 0; i < sections.size(); i++) {
        PDOutlineItem mark = new PDOutlineItem();
        mark.setTitle(sections.get(i).heading());
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(doc.getPage(Math.max(0, drawing.firstPageOfSection("s" + i))));
        mark.setDestination(destination);
        outline.addLast(mark);
      }
      doc.getDocumentCatalog().setDocumentOutline(outline);
      save(drawing, file);
    }
  }

  private static Notice notice(
      String title, List<org.decisionnotices.render.layout.Section> sections) {
    return new Notice("test-report", title, Locale.UK, CREATED, sections);
  }

  private static void save(PdfPages.Drawing drawing, Path file) throws IOException {
    drawing.finishFonts();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.deleteIfExists(file);
    drawing.document().save(file.toFile());
  }

  /**
   * A tagged one-page report: an H1 title, then a table whose header cells have the IDs {@code
   * col0}, {@code col1} and so on, in the structure ID tree, and whose data cells name their
   * column's header in /Headers and have the class {@code Cell} (in the ClassMap). Every such
   * report uses the same IDs and class name.
   */
  public static void taggedTable(Path file, String title, List<String> header, List<String> row)
      throws IOException {
    Notice notice =
        notice(
            title,
            List.of(
                new org.decisionnotices.render.layout.Section(
                    "table", null, null, List.<Part>of(new Table(title, header, List.of(row))))));
    byte[] digest = (title + header + row).getBytes(StandardCharsets.UTF_8);
    try (PdfPages.Drawing drawing =
        PAGES.draw(
            List.of(notice),
            List.of(),
            RenderOptions.defaults(),
            title,
            digest,
            PdfPages.Claims.PDF_UA_AND_PDF_A)) {
      PDStructureTreeRoot root = drawing.document().getDocumentCatalog().getStructureTreeRoot();
      List<PDStructureElement> ths = new ArrayList<>();
      List<PDStructureElement> tds = new ArrayList<>();
      collect(root, "TH", ths);
      collect(root, "TD", tds);
      Map<String, PDStructureElement> ids = new TreeMap<>();
      for (int c = 0; c < ths.size(); c++) {
        ths.get(c).setElementIdentifier("col" + c);
        ids.put("col" + c, ths.get(c));
      }
      for (int c = 0; c < tds.size(); c++) {
        PDTableAttributeObject headers = new PDTableAttributeObject();
        headers.setHeaders(new String[] {"col" + c});
        tds.get(c).addAttribute(headers);
        tds.get(c).addClassName("Cell");
      }
      PDStructureElementNameTreeNode idTree = new PDStructureElementNameTreeNode();
      idTree.setNames(ids);
      root.setIDTree(idTree);
      PDLayoutAttributeObject start = new PDLayoutAttributeObject();
      start.setTextAlign(PDLayoutAttributeObject.TEXT_ALIGN_START);
      root.setClassMap(Map.of("Cell", start));
      save(drawing, file);
    }
  }

  /** Every element of {@code type} under {@code node}, in tree order. */
  public static void collect(PDStructureNode node, String type, List<PDStructureElement> into) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (type.equals(element.getStructureType())) {
          into.add(element);
        }
        collect(element, type, into);
      }
    }
  }

  /** An untagged report of {@code pages} pages, each showing {@code text} and its page number. */
  public static void untagged(Path file, String text, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font;
      try (InputStream in =
          TestPdfs.class
              .getClassLoader()
              .getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
        font = PDType0Font.load(doc, in, true);
      }
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 12);
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
