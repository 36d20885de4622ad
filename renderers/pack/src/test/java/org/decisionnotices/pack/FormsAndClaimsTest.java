package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
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
  void filledInTextFieldsReadInThePack(String file) throws Exception {
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
      // "salad ÷πʬ": WinAnsi Helvetica cannot encode π or ʬ; Liberation Sans draws them.
      assertEquals(List.of(), lost, "values missing from the pack");
      assertFalse(lossWarned, result.warnings().toString());
      assertTrue(pack.getDocumentCatalog().getAcroForm(null) == null, "no form of its own");
    }
  }

  /**
   * Each check box and radio button of the report shows in the pack (as poppler draws it) whether
   * its value selects it: need-appearances.pdf has a radio group whose widget states disagree with
   * its value, and "on" appearances in a ZapfDingbats the file does not embed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"qpdf/need-appearances.pdf", "qpdf/field-types.pdf"})
  void checkBoxesAndRadioButtonsShowTheirValues(String file) throws Exception {
    record Box(String name, int page, PDRectangle rect, boolean selected) {}
    List<Box> boxes = new ArrayList<>();
    int reportPages;
    try (PDDocument report = Loader.loadPDF(CORPUS.resolve(file).toFile())) {
      reportPages = report.getNumberOfPages();
      for (PDField field : report.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
        if (field instanceof PDCheckBox || field instanceof PDRadioButton) {
          String value = ((PDButton) field).getValue();
          for (PDAnnotationWidget widget : field.getWidgets()) {
            Set<COSName> states =
                widget.getAppearance().getNormalAppearance().getSubDictionary().keySet();
            boolean selected = states.contains(COSName.getPDFName(value)) && !"Off".equals(value);
            int page = report.getPages().indexOf(widget.getPage());
            boxes.add(
                new Box(field.getFullyQualifiedName(), page, widget.getRectangle(), selected));
          }
        }
      }
    }
    assertTrue(boxes.stream().filter(Box::selected).count() >= 3, "selected boxes: " + boxes);
    assertTrue(boxes.stream().filter(b -> !b.selected()).count() >= 3, "clear boxes: " + boxes);
    int firstReportPage;
    try (PDDocument pack = pack(CORPUS.resolve(file))) {
      firstReportPage = pack.getNumberOfPages() - reportPages;
    }
    for (Box box : boxes) {
      Gray page = Gray.render(folder.resolve("pack.pdf"), firstReportPage + box.page(), 144);
      // The middle half of the box: the frame around it is the page's own drawing.
      double dark = page.darkShare(box.rect(), 0.25f);
      assertEquals(box.selected(), dark > 0.1, box + " is " + dark + " dark");
    }
  }

  @Test
  void aValueNoFontCanDrawIsNamedWithItsField() throws Exception {
    Path report = folder.resolve("source.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDResources resources = new PDResources();
      resources.put(
          COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultResources(resources);
      form.setDefaultAppearance("/Helv 10 Tf 0 g");
      form.setNeedAppearances(true);
      PDTextField name = new PDTextField(form);
      name.setPartialName("applicantName");
      PDAnnotationWidget widget = name.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(72, 700, 200, 20));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      form.getFields().add(name);
      // Set without an appearance: Chinese is in neither Helvetica nor Liberation Sans.
      name.getCOSObject().setString(COSName.V, "王小明");
      doc.save(report.toFile());
    }
    try (PDDocument pack = pack(report)) {
      assertTrue(pack.getNumberOfPages() > 1);
    }
    List<String> warnings = result.warnings().stream().map(PackProblem::toString).toList();
    assertTrue(
        warnings.stream().anyMatch(w -> w.contains("input.pdf") && w.contains("'applicantName'")),
        warnings.toString());
  }

  /** A page as poppler draws it in shades of grey (pdftoppm's PGM). */
  private record Gray(int width, int height, byte[] pixels, float scale, float pageHeight) {
    static Gray render(Path pdf, int pageIndex, int dpi) throws Exception {
      String page = Integer.toString(pageIndex + 1);
      Process process =
          new ProcessBuilder(
                  "pdftoppm",
                  "-gray",
                  "-r",
                  Integer.toString(dpi),
                  "-f",
                  page,
                  "-l",
                  page,
                  pdf.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] pgm = process.getInputStream().readAllBytes();
      assertEquals(0, process.waitFor());
      // "P5\n<width> <height>\n255\n" then one byte a pixel.
      String[] header = new String(pgm, 0, 32, StandardCharsets.US_ASCII).split("\\s+", 5);
      int width = Integer.parseInt(header[1]);
      int height = Integer.parseInt(header[2]);
      byte[] pixels = java.util.Arrays.copyOfRange(pgm, pgm.length - width * height, pgm.length);
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        float pageHeight = doc.getPage(pageIndex).getMediaBox().getHeight();
        return new Gray(width, height, pixels, dpi / 72f, pageHeight);
      }
    }

    /** The share of dark pixels in {@code rect} (page space) less {@code inset} of each side. */
    double darkShare(PDRectangle rect, float inset) {
      float dx = rect.getWidth() * inset;
      float dy = rect.getHeight() * inset;
      int x0 = Math.round((rect.getLowerLeftX() + dx) * scale);
      int x1 = Math.round((rect.getUpperRightX() - dx) * scale);
      int y0 = Math.round((pageHeight - rect.getUpperRightY() + dy) * scale);
      int y1 = Math.round((pageHeight - rect.getLowerLeftY() - dy) * scale);
      int dark = 0;
      int all = 0;
      for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
        for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
          all++;
          if ((pixels[y * width + x] & 0xff) < 128) {
            dark++;
          }
        }
      }
      return all == 0 ? 0 : (double) dark / all;
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
