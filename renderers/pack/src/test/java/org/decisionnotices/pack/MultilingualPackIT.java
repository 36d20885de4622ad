package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.pack.internal.TestPdfs;
import org.decisionnotices.pack.internal.TestPdfs.Section;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting whose body, item titles and purposes are partly in Urdu, Bengali and Chinese: the
 * pack's own pages are drawn by the PDF renderer, so they get its fallback faces and shaping, stay
 * PDF/UA-1, and read back as written. Chinese needs {@code decision-notices-fonts-cjk}, on this
 * module's test class path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultilingualPackIT {
  private static final String URDU = "اردو ریڈرز سرکل";
  private static final String BENGALI = "বাংলা পাঠচক্র";
  private static final String CHINESE = "中文读书会";
  private static final List<String> PASSAGES =
      List.of(
          URDU,
          BENGALI,
          CHINESE,
          "ਪੰਜਾਬੀ", // Gurmukhi, in a purpose's emphasis
          "1. " + BENGALI);

  private byte[] pack;

  @BeforeAll
  void writePack(@TempDir Path folder) throws Exception {
    TestPdfs.tagged(
        folder.resolve("grants.pdf"),
        "Community grants",
        List.of(new Section("Summary", List.of("Three groups applied."))));
    Meeting meeting =
        new Meeting(
            "forum-2025-06-05",
            "Community Forum: " + URDU,
            LocalDate.of(2025, 6, 5),
            null,
            "Room 2",
            Locale.UK,
            Contact.named("Clerk"),
            List.of(),
            List.of(
                new AgendaItem(
                    "1",
                    BENGALI,
                    Prose.parse(
                        "To welcome the [" + URDU + "]{lang=ur} and the *ਪੰਜਾਬੀ* reading group."),
                    null,
                    List.of(DocumentRef.ofFile("Community grants", "grants.pdf")),
                    null),
                new AgendaItem(
                    "2",
                    "Grant to the " + CHINESE,
                    Prose.parse("To agree a grant to the " + CHINESE + " and the " + BENGALI + "."),
                    null,
                    List.of(),
                    null)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().options(RenderOptions.defaults()).build().write(meeting, folder, out);
    pack = out.toByteArray();
  }

  @Test
  void conformsToPdfUa1() throws Exception {
    assertEquals(List.of(), new VeraPdf(VeraPdf.UA1).failures(pack));
  }

  @Test
  void pdfBoxReadsEveryPassageAsWritten() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(pack)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      // Embedding marks an extractor adds around right-to-left text are not part of the text.
      String text =
          stripper.getText(pdf).replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
      List<String> missing = new ArrayList<>();
      for (String passage : PASSAGES) {
        if (!text.contains(passage)) {
          missing.add(passage);
        }
      }
      assertEquals(List.of(), missing, "PDFBox read:\n" + text);
    }
  }
}
