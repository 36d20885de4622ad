package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDVariableText;
import org.decisionnotices.render.pdf.PdfPages;

/**
 * Draws a report's form fields into its pages, as a printout shows them, so that their values stay
 * visible: the pack carries no form of its own. Before that it makes the appearances a reader would
 * make: where the form asks for them (/NeedAppearances) or a filled-in field has none; with
 * Liberation Sans where the field's own font cannot encode its value (a WinAnsi Helvetica cannot
 * draw "π"); and a mark of our own for a selected check box or radio button whose "on" appearance
 * is missing, draws nothing or names a font it does not carry.
 */
final class ReportForm {
  private static final PdfPages FONTS = PdfPages.create();
  private static final COSName FALLBACK = COSName.getPDFName("DecisionNoticesFallback");
  private static final Pattern DA_FONT = Pattern.compile("/[^\\s/]+(\\s+[-+0-9.]+\\s+Tf)");
  private static final Set<String> PAINTING =
      Set.of(
          "Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI");

  private ReportForm() {}

  /**
   * What became of a report's form.
   *
   * @param hadForm whether it had form fields (flattening drops the widgets its structure may point
   *     to)
   * @param lostFields the fully qualified names of filled-in fields whose values could not be drawn
   */
  record Outcome(boolean hadForm, List<String> lostFields) {
    static final Outcome NONE = new Outcome(false, List.of());
  }

  static Outcome flatten(PDDocument pdf) {
    PDAcroForm form;
    List<PDField> fields = new ArrayList<>();
    try {
      form = pdf.getDocumentCatalog().getAcroForm(null);
      if (form == null || form.getFields().isEmpty()) {
        return Outcome.NONE;
      }
      form.getFieldTree().forEach(fields::add);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(true, List.of("(the form's field tree cannot be read)"));
    }
    List<String> lost = new ArrayList<>();
    Fallback fallback = new Fallback(pdf, form);
    boolean needAppearances = form.getNeedAppearances();
    for (PDField field : fields) {
      if (field instanceof PDTerminalField terminal) {
        try {
          if (needAppearances || lacksAppearance(terminal)) {
            if (!refresh(form, terminal, fallback)) {
              lost.add(terminal.getFullyQualifiedName());
            }
          }
          if (terminal instanceof PDCheckBox || terminal instanceof PDRadioButton) {
            showSelected(pdf, (PDButton) terminal);
          }
        } catch (IOException | RuntimeException e) {
          if (hasValue(terminal)) {
            lost.add(terminal.getFullyQualifiedName());
          }
        }
      }
    }
    try {
      form.flatten(fields, false);
      fallback.finish();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Outcome(true, List.of("(the form cannot be drawn into the pages)"));
    }
    return new Outcome(true, List.copyOf(lost));
  }

  private static boolean hasValue(PDTerminalField field) {
    try {
      String value = field.getValueAsString();
      return !value.isBlank() && !(field instanceof PDButton && "Off".equals(value));
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** A filled-in field with a widget that has no normal appearance at all. */
  private static boolean lacksAppearance(PDTerminalField field) {
    if (!hasValue(field)) {
      return false;
    }
    for (PDAnnotationWidget widget : field.getWidgets()) {
      PDAppearanceDictionary appearance = widget.getAppearance();
      if (appearance == null || appearance.getCOSObject().getDictionaryObject(COSName.N) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes the field's appearances (for buttons PDFBox sets each widget's state from the value);
   * false if a filled-in text or choice field could be drawn in neither its own font nor ours.
   */
  private static boolean refresh(PDAcroForm form, PDTerminalField field, Fallback fallback)
      throws IOException {
    try {
      form.refreshAppearances(List.of(field));
      return true;
    } catch (IOException | RuntimeException e) {
      // PDFBox throws IllegalArgumentException for a character the field's font cannot encode,
      // IOException for a /DA naming no usable font.
      if (!(field instanceof PDVariableText text) || !hasValue(field)) {
        return !hasValue(field);
      }
      if (!fallback.covers(text.getValueAsString())) {
        return false;
      }
      fallback.use(text);
      try {
        form.refreshAppearances(List.of(field));
        fallback.shown(text);
        return true;
      } catch (IOException | RuntimeException again) {
        return false;
      }
    }
  }

  /** Gives each selected widget of a check box or radio button an "on" appearance that shows. */
  private static void showSelected(PDDocument pdf, PDButton button) throws IOException {
    boolean radio = button instanceof PDRadioButton;
    String value = button.getValue();
    for (PDAnnotationWidget widget : button.getWidgets()) {
      COSName state = widget.getAppearanceState();
      PDAppearanceDictionary appearance = widget.getAppearance();
      if (state == null
          && !radio
          && appearance == null
          && button.getWidgets().size() == 1
          && !value.isEmpty()
          && !"Off".equals(value)) {
        // A checked box with no appearances at all: its value names its "on" state.
        state = COSName.getPDFName(value);
        widget.setAppearanceState(value);
      }
      if (state == null || COSName.Off.equals(state)) {
        continue;
      }
      PDAppearanceEntry normal = appearance == null ? null : appearance.getNormalAppearance();
      PDAppearanceStream shown = null;
      if (normal != null && normal.isSubDictionary()) {
        shown = normal.getSubDictionary().get(state);
      } else if (normal != null && normal.isStream()) {
        shown = normal.getAppearanceStream();
      }
      if (shown != null && draws(shown)) {
        continue;
      }
      PDAppearanceStream mark = mark(pdf, widget, radio);
      if (normal != null && normal.isSubDictionary()) {
        normal.getCOSObject().setItem(state, mark);
      } else {
        COSDictionary states = new COSDictionary();
        states.setItem(state, mark);
        if (appearance == null) {
          appearance = new PDAppearanceDictionary();
          widget.setAppearance(appearance);
        }
        appearance.getCOSObject().setItem(COSName.N, states);
      }
    }
  }

  /** Whether the stream paints something and every font and XObject it names is in it. */
  private static boolean draws(PDAppearanceStream stream) {
    try {
      PDResources resources = stream.getResources();
      List<Object> tokens = new PDFStreamParser(stream).parse();
      boolean paints = false;
      for (int i = 0; i < tokens.size(); i++) {
        if (!(tokens.get(i) instanceof Operator operator)) {
          continue;
        }
        String name = operator.getName();
        paints |= PAINTING.contains(name);
        if (("Tf".equals(name) || "Do".equals(name))) {
          COSName resource = lastName(tokens, i);
          if (resource == null || resources == null) {
            return false;
          }
          // A font the file does not embed (ZapfDingbats, usually) is drawn only where the
          // reader has it: poppler without the URW fonts draws no tick.
          boolean present =
              "Tf".equals(name)
                  ? resources.getFont(resource) != null && resources.getFont(resource).isEmbedded()
                  : resources.getXObject(resource) != null;
          if (!present) {
            return false;
          }
        }
      }
      return paints;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static COSName lastName(List<Object> tokens, int operator) {
    for (int i = operator - 1; i >= 0 && !(tokens.get(i) instanceof Operator); i--) {
      if (tokens.get(i) instanceof COSName name) {
        return name;
      }
    }
    return null;
  }

  /**
   * A selected state drawn as paths, not glyphs (no font to carry): a dot for a radio button or a
   * check box whose caption is the ZapfDingbats dot, a cross for the ZapfDingbats cross, else a
   * tick.
   */
  private static PDAppearanceStream mark(PDDocument pdf, PDAnnotationWidget widget, boolean radio)
      throws IOException {
    PDRectangle rect = widget.getRectangle();
    float width = rect == null ? 10 : Math.abs(rect.getWidth());
    float height = rect == null ? 10 : Math.abs(rect.getHeight());
    PDAppearanceStream stream = new PDAppearanceStream(pdf);
    stream.setBBox(new PDRectangle(width, height));
    stream.setResources(new PDResources());
    String caption = caption(widget);
    float cx = width / 2;
    float cy = height / 2;
    float r = Math.min(width, height) / 2;
    StringBuilder ops = new StringBuilder("q 0 g 0 G 1 J 1 j\n");
    if (radio || "l".equals(caption)) {
      float d = r * 0.5f;
      float k = d * 0.5523f; // four Bézier quarter-circles
      ops.append(f(cx + d)).append(' ').append(f(cy)).append(" m\n");
      ops.append(curve(cx + d, cy + k, cx + k, cy + d, cx, cy + d));
      ops.append(curve(cx - k, cy + d, cx - d, cy + k, cx - d, cy));
      ops.append(curve(cx - d, cy - k, cx - k, cy - d, cx, cy - d));
      ops.append(curve(cx + k, cy - d, cx + d, cy - k, cx + d, cy));
      ops.append("f\n");
    } else if ("8".equals(caption)) {
      float d = r * 0.55f;
      ops.append(f(r * 0.18f)).append(" w\n");
      ops.append(line(cx - d, cy - d, cx + d, cy + d)).append(line(cx - d, cy + d, cx + d, cy - d));
      ops.append("S\n");
    } else {
      float d = r * 0.6f;
      ops.append(f(r * 0.18f)).append(" w\n");
      ops.append(f(cx - d)).append(' ').append(f(cy)).append(" m ");
      ops.append(f(cx - d * 0.3f)).append(' ').append(f(cy - d * 0.7f)).append(" l ");
      ops.append(f(cx + d)).append(' ').append(f(cy + d * 0.8f)).append(" l S\n");
    }
    ops.append("Q\n");
    try (OutputStream out = stream.getStream().createOutputStream()) {
      out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return stream;
  }

  private static String caption(PDAnnotationWidget widget) {
    PDAppearanceCharacteristicsDictionary characteristics = widget.getAppearanceCharacteristics();
    if (characteristics == null) {
      return null;
    }
    COSBase caption = characteristics.getCOSObject().getDictionaryObject(COSName.CA);
    return caption instanceof COSString string ? string.getString() : null;
  }

  private static String curve(float x1, float y1, float x2, float y2, float x3, float y3) {
    return f(x1) + " " + f(y1) + " " + f(x2) + " " + f(y2) + " " + f(x3) + " " + f(y3) + " c\n";
  }

  private static String line(float x1, float y1, float x2, float y2) {
    return f(x1) + " " + f(y1) + " m " + f(x2) + " " + f(y2) + " l\n";
  }

  private static String f(float value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value);
  }

  /**
   * Liberation Sans, embedded (as a subset) in the report on first use and named in the form's
   * default resources, for values the fields' own fonts cannot encode.
   */
  private static final class Fallback {
    private final PDDocument pdf;
    private final PDAcroForm form;
    private PDType0Font font;

    Fallback(PDDocument pdf, PDAcroForm form) {
      this.pdf = pdf;
      this.form = form;
    }

    boolean covers(String text) throws IOException {
      // Line breaks of a multi-line value are layout, not glyphs.
      return FONTS.regularFontCovers(text.replaceAll("[\\r\\n\\t]", ""));
    }

    /** Points the field's default appearance (and its widgets' own) at the fallback font. */
    void use(PDVariableText field) throws IOException {
      PDResources resources = form.getDefaultResources();
      if (resources == null) {
        resources = new PDResources();
        form.setDefaultResources(resources);
      }
      resources.put(FALLBACK, font());
      String appearance = field.getDefaultAppearance();
      field.setDefaultAppearance(withFallback(appearance));
      for (PDAnnotationWidget widget : field.getWidgets()) {
        COSDictionary widgetDictionary = widget.getCOSObject();
        String own = widgetDictionary.getString(COSName.DA);
        if (own != null) {
          widgetDictionary.setString(COSName.DA, withFallback(own));
        }
      }
    }

    /**
     * Adds the characters the field's appearance shows to the font's subset: PDFBox draws with the
     * font it reads back from the form's resources, which leaves ours unaware of them.
     */
    void shown(PDVariableText field) throws IOException {
      StringBuilder text = new StringBuilder(field.getValueAsString());
      if (field instanceof PDChoice choice) {
        choice.getOptionsDisplayValues().forEach(text::append);
      }
      PDType0Font loaded = font();
      text.codePoints().filter(c -> hasGlyph(loaded, c)).forEach(loaded::addToSubset);
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
      try {
        return font.hasGlyph(codePoint);
      } catch (IOException e) {
        return false;
      }
    }

    private static String withFallback(String appearance) {
      Matcher font = DA_FONT.matcher(appearance == null ? "" : appearance);
      if (font.find()) {
        return font.replaceAll(Matcher.quoteReplacement("/" + FALLBACK.getName()) + "$1");
      }
      return "/" + FALLBACK.getName() + " 0 Tf 0 g " + (appearance == null ? "" : appearance);
    }

    private PDType0Font font() throws IOException {
      if (font == null) {
        font = FONTS.regularFont(pdf);
      }
      return font;
    }

    /** What PDDocument.save would do: the pack writes the report by other means. */
    void finish() throws IOException {
      if (font != null) {
        font.subset();
      }
    }
  }
}
