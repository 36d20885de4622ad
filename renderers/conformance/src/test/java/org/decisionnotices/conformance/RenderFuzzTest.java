package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.testkit.Samples;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Valid records made from fuzz data (any Unicode, long words, deep lists, long tables of interests,
 * wards and documents, empty and maximal fields) are laid out and rendered in all three formats:
 * each document reloads in PDFBox, docx4j and jsoup, or the renderer throws a {@link
 * RenderException} naming the record and the section (issue 13). In every build this replays the
 * inputs stored in RenderFuzzTestInputs; {@code -Pfuzz} searches for new ones.
 */
class RenderFuzzTest {
  private static final DecisionNotices NOTICES = DecisionNotices.create();
  private static final DecisionRecord BASE = Samples.record("cabinet-key-decision");

  // How long -Pfuzz runs it; a normal build only replays the stored inputs.
  @FuzzTest(maxDuration = "30m")
  void validRecordsRenderInEveryFormatOrFailByName(FuzzedDataProvider data) throws Exception {
    DecisionRecord record;
    try {
      DecisionRecord.Builder builder =
          BASE.toBuilder()
              .title(data.consumeString(400))
              .purpose(prose(data))
              .discussion(prose(data))
              .decision(prose(data))
              .reasons(data.consumeBoolean() ? prose(data) : null);
      int rows = data.consumeInt(0, 400);
      List<Interest> interests = new ArrayList<>();
      List<String> wards = new ArrayList<>();
      List<DocumentRef> documents = new ArrayList<>();
      String word = data.consumeString(200);
      for (int i = 0; i < rows; i++) {
        interests.add(new Interest("Councillor " + word + i, word, i % 2 == 0 ? word : null));
        wards.add(word + " " + i);
        documents.add(DocumentRef.ofUrl(word + i, "https://example.org/" + i));
      }
      record =
          builder
              .interests(interests)
              .wards(data.consumeBoolean() ? wards : List.of())
              .documents(documents)
              .build();
      // Valid means what the JSON contract accepts: every rule, not just the constructor's.
      record = DecisionJson.readRecord(DecisionJson.write(record));
    } catch (IllegalArgumentException | InvalidInputException e) {
      return; // not a valid record
    }
    Notice notice;
    try {
      notice = NOTICES.layout(record);
    } catch (UncheckedIOException e) {
      // As layout documents it: a RenderException naming the record and section, wrapped.
      assertNamed(record, assertInstanceOf(RenderException.class, e.getCause()));
      return;
    }
    for (Format format : List.of(Format.PDF, Format.DOCX, Format.HTML)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        NOTICES.render(notice, format, out);
      } catch (RenderException e) {
        assertNamed(record, e);
        continue;
      }
      byte[] bytes = out.toByteArray();
      if (format.equals(Format.PDF)) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
          assertTrue(pdf.getNumberOfPages() > 0);
        }
      } else if (format.equals(Format.DOCX)) {
        assertNotNull(
            WordprocessingMLPackage.load(new ByteArrayInputStream(bytes))
                .getMainDocumentPart()
                .getContents());
      } else {
        Document html = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(1, html.select("h1").size(), "one title");
      }
    }
  }

  /** Markdown: paragraphs of fuzz text, long words, and lists nested as deep as the data says. */
  private static String prose(FuzzedDataProvider data) {
    StringBuilder markdown = new StringBuilder(data.consumeString(2_000));
    int depth = data.consumeInt(0, 40);
    for (int level = 0; level < depth; level++) {
      markdown
          .append("\n\n")
          .append("  ".repeat(level))
          .append("- ")
          .append(data.consumeString(40));
    }
    if (data.consumeBoolean()) {
      markdown.append("\n\n").append("x".repeat(data.consumeInt(1, 3_000)));
    }
    return markdown.toString();
  }

  private static void assertNamed(DecisionRecord record, RenderException e) {
    assertEquals(record.id(), e.noticeId(), e.getMessage());
    assertNotNull(e.section(), e.getMessage());
  }
}
