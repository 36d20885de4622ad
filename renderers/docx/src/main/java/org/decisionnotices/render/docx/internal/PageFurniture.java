package org.decisionnotices.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.i18n.Labels;

/**
 * The XML of the page header (council name, logo), the footer ("Page N of M") and the section
 * properties.
 */
final class PageFurniture {
  /** EMUs (English Metric Units) per centimetre, the unit of DrawingML sizes. */
  private static final long EMU_PER_CM = 360_000;

  private static final long LOGO_HEIGHT = 12 * EMU_PER_CM / 10;
  private static final long LOGO_MAX_WIDTH = 6 * EMU_PER_CM;
  private static final char PAGE = '\uE000';
  private static final char PAGES = '\uE001';

  private PageFurniture() {}

  static boolean hasHeader(Branding branding) {
    return branding.logo() != null
        || (branding.councilName() != null && !branding.councilName().isBlank());
  }

  /**
   * The header: the logo as an inline picture whose {@code descr} is its alt text, then the council
   * name. {@code logoRelId} is the header part's relationship to the image, or {@code null} without
   * a logo.
   */
  static String header(Branding branding, String logoRelId, int[] logoPixels, String draftMark) {
    StringBuilder p =
        new StringBuilder("<w:hdr")
            .append(Xml.WML_NAMESPACES)
            .append(VML_NAMESPACES)
            .append('>')
            .append("<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
    if (draftMark != null) {
      p.append(watermark(draftMark));
    }
    String name = branding.councilName() == null ? "" : branding.councilName().strip();
    if (logoRelId != null) {
      p.append(picture(branding.logo(), logoRelId, logoPixels));
      if (!name.isEmpty()) {
        p.append("<w:r><w:t xml:space=\"preserve\">  </w:t></w:r>");
      }
    }
    if (!name.isEmpty()) {
      p.append("<w:r><w:t xml:space=\"preserve\">").append(Xml.escape(name)).append("</w:t></w:r>");
    }
    return p.append("</w:p></w:hdr>").toString();
  }

  private static final String VML_NAMESPACES =
      " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
          + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\"";

  /**
   * A watermark as Word writes one (Design > Watermark): a VML text-path shape behind the text,
   * centred on the page and turned 45 degrees. The shape id prefix is what Word and LibreOffice
   * recognise as a watermark; its {@code alt} is the word itself.
   */
  private static String watermark(String word) {
    String text = Xml.escape(word);
    return "<w:r><w:rPr><w:noProof/></w:rPr><w:pict>"
        + "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\""
        + " path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas>"
        + "<v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/>"
        + "<v:f eqn=\"sum 0 0 @2\"/><v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/>"
        + "<v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/>"
        + "<v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/>"
        + "<v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
        + "<v:path textpathok=\"t\" o:connecttype=\"custom\""
        + " o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
        + "<v:textpath on=\"t\" fitshape=\"t\"/><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/>"
        + "</v:shapetype>"
        + "<v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t136\""
        + " alt=\""
        + text
        + "\" o:title=\""
        + text
        + "\" style=\"position:absolute;margin-left:0;margin-top:0;width:440pt;height:146pt;"
        + "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        + "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        + "mso-position-vertical-relative:margin\" o:allowincell=\"f\" fillcolor=\"#"
        + String.format(Locale.ROOT, "%06X", DRAFT_COLOUR)
        + "\" stroked=\"f\">"
        + "<v:textpath style=\"font-family:&quot;"
        + StyleSheet.FONT
        + "&quot;;font-size:1pt;font-weight:bold\" string=\""
        + text
        + "\"/><w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape></w:pict></w:r>";
  }

  /** The watermark's light red, the PDF's: black text over it keeps its contrast. */
  static final int DRAFT_COLOUR = 0xF6C9C9;

  private static String picture(Logo logo, String relId, int[] pixels) {
    long height = LOGO_HEIGHT;
    long width = Math.round((double) height * pixels[0] / pixels[1]);
    if (width > LOGO_MAX_WIDTH) {
      height = Math.round((double) height * LOGO_MAX_WIDTH / width);
      width = LOGO_MAX_WIDTH;
    }
    String alt = Xml.escape(logo.altText());
    String file = "png".equals(extension(logo)) ? "logo.png" : "logo.jpeg";
    return ("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"%1$d\" cy=\"%2$d\"/><wp:docPr id=\"1\" name=\"Logo\" descr=\"%3$s\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"%4$s\" descr=\"%3$s\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"%5$s\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"%1$d\" cy=\"%2$d\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
        .formatted(width, height, alt, file, relId);
  }

  static String extension(Logo logo) {
    return "image/png".equals(logo.mediaType()) ? "png" : "jpeg";
  }

  /** Width and height of the logo in pixels, read from its header without decoding it. */
  static int[] pixels(Logo logo) throws IOException {
    // A memory-cached stream: ImageIO's default would write a temporary file.
    try (ImageInputStream in =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(logo.image()))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("the logo is not a readable " + logo.mediaType() + " image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw new IOException("the logo has no size");
        }
        return new int[] {width, height};
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * The footer: the localized "Page {0} of {1}" with PAGE and NUMPAGES fields in place of the
   * numbers.
   */
  static String footer(Labels labels) {
    // Formatting with placeholders keeps MessageFormat's quoting rules for the label.
    String pattern = labels.format("page", String.valueOf(PAGE), String.valueOf(PAGES));
    StringBuilder p =
        new StringBuilder("<w:ftr")
            .append(Xml.WML_NAMESPACES)
            .append('>')
            .append("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
    String lang = Xml.escape(labels.language().toLanguageTag());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == PAGE || c == PAGES) {
        textRun(p, text, lang);
        p.append("<w:fldSimple w:instr=\" ")
            .append(c == PAGE ? "PAGE" : "NUMPAGES")
            .append(" \"><w:r><w:rPr><w:lang w:val=\"")
            .append(lang)
            .append("\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>");
      } else {
        text.append(c);
      }
    }
    textRun(p, text, lang);
    return p.append("</w:p></w:ftr>").toString();
  }

  private static void textRun(StringBuilder p, StringBuilder text, String lang) {
    if (text.length() > 0) {
      p.append("<w:r><w:rPr><w:lang w:val=\"")
          .append(lang)
          .append("\"/></w:rPr><w:t xml:space=\"preserve\">")
          .append(Xml.escape(text.toString()))
          .append("</w:t></w:r>");
      text.setLength(0);
    }
  }

  /** The section properties: paper, margins, and references to the header and footer. */
  static String sectionProperties(PageGeometry page, String headerRelId, String footerRelId) {
    StringBuilder s = new StringBuilder("<w:sectPr").append(Xml.WML_NAMESPACES).append('>');
    if (headerRelId != null) {
      s.append("<w:headerReference w:type=\"default\" r:id=\"").append(headerRelId).append("\"/>");
    }
    s.append("<w:footerReference w:type=\"default\" r:id=\"").append(footerRelId).append("\"/>");
    s.append(
        String.format(
            Locale.ROOT,
            "<w:pgSz w:w=\"%d\" w:h=\"%d\"/><w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\""
                + " w:header=\"%d\" w:footer=\"%d\" w:gutter=\"0\"/>",
            page.width(),
            page.height(),
            page.margin(),
            page.margin(),
            page.margin(),
            page.margin(),
            page.headerFooterDistance(),
            page.headerFooterDistance()));
    return s.append("</w:sectPr>").toString();
  }

  static String settings(Locale language) {
    return "<w:settings"
        + Xml.WML_NAMESPACES
        + "><w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:themeFontLang w:val=\""
        + Xml.escape(language.toLanguageTag())
        + "\"/>"
        // Word opens the file in its current mode, not "Compatibility Mode".
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>";
  }

  static String fontTable() {
    return "<w:fonts"
        + Xml.WML_NAMESPACES
        + "><w:font w:name=\""
        + StyleSheet.FONT
        + "\">"
        + "<w:altName w:val=\"Liberation Sans\"/><w:panose1 w:val=\"020B0604020202020204\"/>"
        + "<w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>";
  }
}
