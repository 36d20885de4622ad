package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.decisionnotices.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Form fields keep the values a reader sees, drawn into the pages (the pack carries no form), and
 * the pack claims no conformance its reports do not.
 */
class FormsAndClaimsTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir Path folder;

  private PackResult result;

  private PDDocument pack(Path report) throws Exception {
    Files.copy(report, folder.resolve("input.pdf"));
    Meeting meeting = ReportMeeting.of("input.pdf");
    Path out = folder.resolve("pack.pdf");
    try (OutputStream stream = Files.newOutputStream(out)) {
      result = AgendaPack.builder().build().write(meeting, folder, stream);
    }
    return Loader.loadPDF(out.toFile());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Values without appearances, and /NeedAppearances true.
        "qpdf/need-appearances.pdf",
        // Text, choice, check box and radio fields.
        "qpdf/field-types.pdf"
      })
  void filledInTextFieldsStillReadInThePack(String file) throws Exception {
    List<String> values = new ArrayList<>();
    try (PDDocument report = Loader.loadPDF(CORPUS.resolve(file).toFile())) {
      PDAcroForm form = report.getDocumentCatalog().getAcroForm(null);
      for (PDField field : form.getFieldTree()) {
        if (field instanceof PDTextField text && !text.getValueAsString().isBlank()) {
          values.add(PackReading.normal(text.getValueAsString()));
        }
      }
    }
    assertFalse(values.isEmpty(), "the report has filled-in text fields");
    try (PDDocument pack = pack(CORPUS.resolve(file))) {
      String text = String.join(" ", PackReading.pageTexts(pack));
      // PDFBox cannot draw a value its field's font cannot encode (need-appearances.pdf has
      // "salad ÷πʬ" in WinAnsi Helvetica): such a loss must be named in a warning.
      boolean lossWarned =
          result.warnings().stream().anyMatch(w -> w.message().contains("form fields"));
      List<String> lost = new ArrayList<>();
      for (String value : values) {
        if (!text.contains(value)) {
          lost.add(value);
        }
      }
      if (file.contains("need-appearances")) {
        assertTrue(text.contains("abc"), "its plain text field's value: " + text);
      }
      assertTrue(lost.isEmpty() || lossWarned, "lost " + lost + " without a warning");
      assertTrue(pack.getDocumentCatalog().getAcroForm(null) == null, "no form of its own");
    }
  }

  @Test
  void aPdfUa2ReportDoesNotMakeAPdfUa1Pack() throws Exception {
    // A PDF 2.0 file that claims PDF/UA-2 (pdfuaid:part 2).
    try (PDDocument pack = pack(CORPUS.resolve("pdfjs/bug1937438_af_from_latex.pdf"))) {
      String xmp;
      try (InputStream in = pack.getDocumentCatalog().getMetadata().createInputStream()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertFalse(xmp.contains("pdfuaid:part"), xmp);
      assertFalse(xmp.contains("pdfaid:part"), xmp);
    }
  }
}
