package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.ExpectedText;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.PdfStructure;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A record at the limits the model accepts (the longest prose, hundreds of interests, wards and
 * documents) renders in every format in bounded time, whole; {@link LargestRecordIT} runs its PDF
 * through veraPDF.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LargestRecordTest {
  private static final DecisionNotices NOTICES = DecisionNotices.create();
  private static Notice notice;

  @BeforeAll
  static void layOut() {
    notice = largest();
  }

  /** The cabinet sample at the model's limits, laid out. */
  static Notice largest() {
    String paragraph =
        "The committee considered the report in detail and noted the points members raised,"
            + " with *emphasis*, **strong** text and [a link](https://example.org/report). ";
    StringBuilder discussion = new StringBuilder();
    while (discussion.length() + paragraph.length() * 4 + 2 < Prose.MAX_LENGTH) {
      discussion.append(paragraph.repeat(4)).append("\n\n");
    }
    List<Interest> interests = new ArrayList<>();
    List<String> wards = new ArrayList<>();
    List<DocumentRef> documents = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      interests.add(
          new Interest(
              "Councillor " + i,
              "Other registrable interest number " + i,
              i % 3 == 0 ? "Granted" : null));
      documents.add(
          DocumentRef.ofUrl("Appendix " + i, "https://example.org/appendix-" + i + ".pdf"));
    }
    for (int i = 1; i <= 500; i++) {
      wards.add("Ward " + i);
    }
    DecisionRecord largest =
        Samples.record("cabinet-key-decision").toBuilder()
            .id("largest")
            .discussion(discussion.toString())
            .interests(interests)
            .wards(wards)
            .documents(documents)
            .build();
    return NOTICES.layout(largest);
  }

  static byte[] render(Notice notice, Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NOTICES.render(notice, format, out);
    return out.toByteArray();
  }

  @Test
  void pdfIsWhole() throws Exception {
    byte[] pdf = render(notice, Format.PDF);
    PdfStructure structure = PdfStructure.read(pdf);
    assertTrue(structure.pages() > 40, "pages: " + structure.pages());
    assertNull(ExpectedText.firstMissing(ExpectedText.of(notice), structure.readingText()));
  }

  @Test
  void htmlIsWhole() throws Exception {
    String text =
        Jsoup.parse(
                new String(render(notice, Format.HTML), java.nio.charset.StandardCharsets.UTF_8))
            .body()
            .text();
    assertNull(ExpectedText.firstMissing(ExpectedText.of(notice), text));
  }

  @Test
  void docxIsWhole() throws Exception {
    List<String> outline = Outline.ofDocx(render(notice, Format.DOCX));
    assertEquals(Outline.expected(notice), outline);
  }
}
