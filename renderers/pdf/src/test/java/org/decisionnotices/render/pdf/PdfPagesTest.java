package org.decisionnotices.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.decisionnotices.render.testkit.pdf.PdfStructure.Element;
import org.junit.jupiter.api.Test;

/** Notices drawn as the first pages of a document the caller completes. */
class PdfPagesTest {
  private static final PdfPages PAGES = PdfPages.create();
  private static final byte[] DIGEST = "test".getBytes(StandardCharsets.UTF_8);

  /** A notice of {@code count} sections keyed {@code prefix + i}, each headed and one sentence. */
  private static Notice notice(String title, Locale language, String prefix, int count) {
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Block> text =
          List.of(new Paragraph(List.<Inline>of(new Text(title + " section " + i + "."))));
      sections.add(new Section(prefix + i, title + " " + i, null, List.<Part>of(new Blocks(text))));
    }
    return new Notice("pages-test", title, language, LocalDate.of(2025, 6, 5), sections);
  }

  @Test
  void eachNoticeStartsAPageAndTheLaterLanguageIsMarked() throws Exception {
    List<Notice> notices =
        List.of(
            notice("Cyntaf", Locale.forLanguageTag("cy-GB"), "a", 2),
            notice("Second", Locale.UK, "b", 60));
    List<PdfPages.PageLink> links =
        List.of(new PdfPages.PageLink("b3", "Page 9", "Item 3 starts on page 9", "page-8"));
    int expected = PAGES.pageCount(notices, links, RenderOptions.defaults());
    byte[] written;
    try (PdfPages.Drawing drawing =
        PAGES.draw(
            notices,
            links,
            RenderOptions.defaults(),
            "Both",
            DIGEST,
            PdfPages.Claims.PDF_UA_AND_PDF_A)) {
      PDDocument doc = drawing.document();
      assertEquals(expected, drawing.pageCount());
      assertEquals(expected, doc.getNumberOfPages());
      assertTrue(expected >= 3, "the second notice runs over pages: " + expected);
      assertEquals(0, drawing.firstPageOfNotice(0));
      assertEquals(1, drawing.firstPageOfNotice(1), "a notice starts on a new page");
      assertEquals(1, drawing.firstPageOfSection("b0"));
      assertTrue(drawing.firstPageOfSection("b59") > 1);
      assertEquals(-1, drawing.firstPageOfSection("nowhere"));
      assertEquals("cy-GB", doc.getDocumentCatalog().getLanguage());

      List<String> destinations = new ArrayList<>();
      for (var page : doc.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionGoTo goTo
              && goTo.getDestination() instanceof PDNamedDestination named) {
            destinations.add(named.getNamedDestination() + ": " + link.getContents());
          }
        }
      }
      assertEquals(List.of("page-8: Item 3 starts on page 9"), destinations);

      // The caller's own text in the notices' face, then the document saved.
      assertTrue(PAGES.regularFontCovers("Page 12 of 40"));
      assertFalse(PAGES.regularFontCovers("\uD80C\uDC00")); // no face of ours has hieroglyphs
      "Page 12 of 40".codePoints().forEach(c -> addToSubset(drawing, c));
      drawing.finishFonts();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      written = out.toByteArray();
    }
    PdfStructure structure = PdfStructure.read(written);
    List<Element> titles = structure.ofType("H1");
    assertEquals(List.of("Cyntaf", "Second"), titles.stream().map(Element::text).toList());
    assertEquals(null, titles.get(0).language());
    assertEquals("en-GB", titles.get(1).language(), "the English notice's title is marked");
    List<Element> sections = structure.ofType("Sect");
    assertEquals(null, sections.get(0).language());
    assertEquals("en-GB", sections.get(2).language(), "and so are its sections");
    assertTrue(
        structure.ofType("Link").stream().anyMatch(e -> e.text().equals("Page 9")),
        structure.ofType("Link").toString());
  }

  @Test
  void aLinkToNoSectionIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PAGES.pageCount(
                    List.of(notice("Only", Locale.UK, "s", 1)),
                    List.of(new PdfPages.PageLink("missing", "Page 2", "Page 2", "page-1")),
                    RenderOptions.defaults()));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }

  private static void addToSubset(PdfPages.Drawing drawing, int codePoint) {
    try {
      drawing.font(false).addToSubset(codePoint);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
