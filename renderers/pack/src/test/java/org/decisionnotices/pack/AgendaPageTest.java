package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.pack.internal.TestPdfs;
import org.decisionnotices.pack.internal.TestPdfs.Section;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.TestBranding;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.decisionnotices.render.testkit.pdf.PdfStructure.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda's pages: items' purposes drawn as prose, and the council's header. */
class AgendaPageTest {
  private static final String COUNCIL = "Westmere County Council";

  @TempDir Path folder;

  private static Meeting meeting(Path folder, List<AgendaItem> items) throws IOException {
    TestPdfs.tagged(
        folder.resolve("report.pdf"),
        "Parks report",
        List.of(new Section("Summary", List.of("The parks are well used."))));
    return new Meeting(
        "agenda-test",
        "Test Committee",
        LocalDate.of(2025, 6, 5),
        null,
        "Room 2",
        Locale.UK,
        Contact.named("Clerk"),
        List.of(),
        items);
  }

  private static AgendaItem item(String number, String title, String purpose, String file) {
    return new AgendaItem(
        number,
        title,
        Prose.parse(purpose),
        null,
        file == null ? List.of() : List.of(DocumentRef.ofFile(title, file)),
        null);
  }

  @Test
  void purposeKeepsEmphasisStrongTextAndLinks() throws Exception {
    Meeting meeting = purposeMeeting(folder);
    byte[] pack = write(folder, meeting, RenderOptions.defaults());

    PdfStructure structure = PdfStructure.read(pack);
    List<String> paragraphs = structure.ofType("P").stream().map(Element::text).toList();
    assertTrue(
        paragraphs.contains("To consider the strategy; see the plan."), paragraphs.toString());
    Element link =
        structure.ofType("Link").stream()
            .filter(e -> e.text().equals("the plan"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(structure.ofType("Link").toString()));
    int linkIndex = structure.elements().indexOf(link);
    Element owner = structure.elements().get(linkIndex - 1);
    assertEquals("P", owner.type(), "the link is inside the purpose's paragraph");
    assertEquals(owner.depth() + 1, link.depth());
    List<String> items = structure.ofType("LBody").stream().map(Element::text).toList();
    assertTrue(items.containsAll(List.of("first point", "second point")), items.toString());

    try (PDDocument pdf = Loader.loadPDF(pack)) {
      int agenda = PackReading.bookmarks(pdf).get(1).page();
      List<PDAnnotationLink> uriLinks = new ArrayList<>();
      for (PDAnnotation annotation : pdf.getPage(agenda).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI) {
          uriLinks.add(l);
        }
      }
      assertEquals(1, uriLinks.size());
      PDAnnotationLink annotation = uriLinks.get(0);
      assertEquals("https://example.org/plan", ((PDActionURI) annotation.getAction()).getURI());
      assertEquals("the plan (https://example.org/plan)", annotation.getContents());
      assertTrue(annotation.getStructParent() >= 0, "the annotation is in the structure tree");

      Faces faces = new Faces();
      faces.setStartPage(agenda + 1);
      faces.setEndPage(agenda + 1);
      faces.getText(pdf);
      assertTrue(
          faces.fontOf("consider").endsWith("LiberationSans-Italic"), faces.fontOf("consider"));
      assertTrue(
          faces.fontOf("strategy").endsWith("LiberationSans-Bold"), faces.fontOf("strategy"));
      assertTrue(faces.fontOf("point").endsWith("LiberationSans-Italic"), faces.fontOf("point"));
      assertTrue(faces.fontOf("the plan").endsWith("LiberationSans"), faces.fontOf("the plan"));
    }
  }

  @Test
  void everyAgendaPageCarriesTheCouncilHeaderAsAnArtifact() throws Exception {
    Meeting meeting = longAgenda(folder);
    byte[] pack = write(folder, meeting, branded());

    int agendaPages;
    try (PDDocument pdf = Loader.loadPDF(pack)) {
      List<String> texts = PackReading.pageTexts(pdf);
      int agenda = PackReading.bookmarks(pdf).get(1).page();
      int report = PackReading.bookmarks(pdf).get(2).page();
      agendaPages = report - agenda;
      assertTrue(agendaPages > 1, "the agenda runs over " + agendaPages + " pages");
      for (int p = 0; p < report; p++) {
        assertTrue(texts.get(p).startsWith(COUNCIL + " "), "page " + (p + 1) + ": " + texts.get(p));
        int images = 0;
        for (COSName ignored : pdf.getPage(p).getResources().getXObjectNames()) {
          images++;
        }
        assertEquals(1, images, "the logo on page " + (p + 1));
      }
      assertTrue(texts.get(agenda).startsWith(COUNCIL + " Agenda"), texts.get(agenda));
      assertTrue(texts.get(report).startsWith("Parks report"), "a report keeps its own pages");
    }
    PdfStructure structure = PdfStructure.read(pack);
    long tagged = structure.elements().stream().filter(e -> e.text().equals(COUNCIL)).count();
    assertEquals(1, tagged, "tagged once, in the front sheet's header");
    long artifacts = structure.artifactText().stream().filter(COUNCIL::equals).count();
    assertEquals(agendaPages, artifacts, "an artifact on each agenda page");
  }

  /** One item whose purpose has emphasis, strong text, a link and a list. */
  static Meeting purposeMeeting(Path folder) throws IOException {
    return meeting(
        folder,
        List.of(
            item(
                "1",
                "Parks",
                "To *consider* the **strategy**; see [the plan](https://example.org/plan).\n\n"
                    + "- first *point*\n- second point",
                "report.pdf")));
  }

  /** 24 items: an agenda over more than one page. */
  static Meeting longAgenda(Path folder) throws IOException {
    List<AgendaItem> items = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      items.add(
          item(
              Integer.toString(i),
              "Item " + i,
              "To consider item " + i + " and to agree what the Council should do about it.",
              i == 1 ? "report.pdf" : null));
    }
    return meeting(folder, items);
  }

  static byte[] write(Path folder, Meeting meeting, RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().options(options).build().write(meeting, folder, out);
    return out.toByteArray();
  }

  static RenderOptions branded() {
    return TestBranding.options(COUNCIL, "#00594F");
  }

  /** The font of each character of a page's text. */
  private static final class Faces extends PDFTextStripper {
    private final StringBuilder text = new StringBuilder();
    private final List<String> fonts = new ArrayList<>();

    Faces() throws IOException {}

    @Override
    protected void writeString(String string, List<TextPosition> positions) throws IOException {
      for (TextPosition position : positions) {
        text.append(position.getUnicode());
        fonts.add(position.getFont().getName());
      }
      super.writeString(string, positions);
    }

    /** The font of the first character of {@code word}'s first occurrence. */
    String fontOf(String word) {
      int at = text.indexOf(word);
      if (at < 0) {
        throw new AssertionError("\"" + word + "\" is not on the page: " + text);
      }
      String font = fonts.get(at);
      for (int i = at; i < at + word.length(); i++) {
        if (!fonts.get(i).equals(font)) {
          return "mixed";
        }
      }
      return font;
    }
  }
}
