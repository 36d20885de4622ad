package org.decisionnotices.render.docx.internal;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.i18n.Labels;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Section;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ImageJpegPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ImagePngPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Styles;

/**
 * Writes one notice as a DOCX package. One instance per render.
 *
 * <p>The body is built as docx4j objects. The styles, settings, font table, numbering and footer
 * are small fixed documents, written as XML text with the notice's values escaped in and stored as
 * they are; the core properties, the header (which may hold the logo's relationship) and the
 * section properties are read by docx4j's own (shared, once-per-JVM) JAXB context.
 */
public final class DocxWriter {
  private static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private final Notice notice;
  private final RenderOptions options;
  // Zip entry name to the part's content, for the parts we wrote as text.
  private final Map<String, byte[]> prepared = new HashMap<>();

  public DocxWriter(Notice notice, RenderOptions options) {
    this.notice = notice;
    this.options = options;
  }

  public void writeTo(OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(32 * 1024);
    try {
      build().save(raw);
    } catch (Docx4JException | JAXBException e) {
      throw new RenderException(
          notice.id(), null, "docx4j could not write the package: " + e.getMessage(), e);
    }
    ReproducibleZip.rewrite(raw.toByteArray(), notice.date().atStartOfDay(), prepared, out);
  }

  private WordprocessingMLPackage build() throws Docx4JException, JAXBException, IOException {
    Branding branding = options.branding();
    PageGeometry page = PageGeometry.of(options.pageSize());
    Locale labelLanguage =
        options.labelLanguage() == null ? notice.language() : options.labelLanguage();

    WordprocessingMLPackage pkg = new WordprocessingMLPackage();
    MainDocumentPart main = new MainDocumentPart();
    pkg.addTargetPart(main);

    // docx4j keeps the package's core properties as its own type: read, not stored as it is.
    DocPropsCorePart core = new DocPropsCorePart();
    core.unmarshal(new ByteArrayInputStream(coreProperties().getBytes(StandardCharsets.UTF_8)));
    pkg.addTargetPart(core);

    byte[] styles = xml(StyleSheet.xml(branding.accentColour().substring(1), notice.language()));
    main.addTargetPart(prepared(new StyleDefinitionsPart(), new Styles(), styles));
    byte[] settings = xml(PageFurniture.settings(notice.language()));
    main.addTargetPart(prepared(new DocumentSettingsPart(), new CTSettings(), settings));
    byte[] fonts = xml(PageFurniture.fontTable());
    main.addTargetPart(prepared(new FontTablePart(), new Fonts(), fonts));

    String headerRelId = null;
    String draftMark = options.draftMark(notice);
    if (PageFurniture.hasHeader(branding) || draftMark != null) {
      HeaderPart header = new HeaderPart();
      headerRelId = main.addTargetPart(header).getId();
      String logoRelId = null;
      int[] pixels = null;
      if (branding.logo() != null) {
        try {
          pixels = PageFurniture.pixels(branding.logo());
        } catch (IOException e) {
          throw new RenderException(
              notice.id(), null, "cannot read the branding logo: " + e.getMessage(), e);
        }
        String ext = PageFurniture.extension(branding.logo());
        PartName name = new PartName("/word/media/logo." + ext);
        BinaryPart image = "png".equals(ext) ? new ImagePngPart(name) : new ImageJpegPart(name);
        image.setBinaryData(branding.logo().image());
        logoRelId = header.addTargetPart(image).getId();
      }
      header.setJaxbElement(
          (Hdr) unmarshal(PageFurniture.header(branding, logoRelId, pixels, draftMark)));
    }
    byte[] footer = xml(PageFurniture.footer(Labels.forLanguage(labelLanguage)));
    String footerRelId = main.addTargetPart(prepared(new FooterPart(), new Ftr(), footer)).getId();

    Document document = new Document();
    Body body = new Body();
    document.setBody(body);
    main.setJaxbElement(document);
    ListNumbering numbering = new ListNumbering();
    BodyWriter writer =
        new BodyWriter(
            body.getContent(),
            main.getRelationshipsPart(true),
            numbering,
            page.textWidth(),
            notice.id());
    writer.title(notice.title());
    for (Section section : notice.sections()) {
      writer.section(section);
    }
    body.setSectPr(
        (SectPr) unmarshal(PageFurniture.sectionProperties(page, headerRelId, footerRelId)));

    if (!numbering.isEmpty()) {
      byte[] lists = xml(numbering.xml());
      main.addTargetPart(prepared(new NumberingDefinitionsPart(), new Numbering(), lists));
    }
    return pkg;
  }

  /*
   * The styles, settings, font table, footer and numbering are XML we wrote ourselves. docx4j
   * would read each text into JAXB objects only to write them out again, which cost more than the
   * whole body; instead the part holds an empty element and the text replaces it in the zip.
   */
  private static byte[] xml(String xml) {
    return (XML_DECLARATION + xml).getBytes(StandardCharsets.UTF_8);
  }

  private <E, P extends JaxbXmlPart<E>> P prepared(P part, E empty, byte[] xml) {
    part.setJaxbElement(empty);
    prepared.put(part.getPartName().getName().substring(1), xml);
    return part;
  }

  private static Object unmarshal(String xml) throws JAXBException {
    return XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
  }

  /**
   * Title and language for Word's checker and for search; dates from the notice, never the clock.
   */
  private String coreProperties() {
    String date = notice.date() + "T00:00:00Z";
    return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>"
        + Xml.escape(options.documentTitle(notice))
        + "</dc:title>"
        + "<dc:identifier>"
        + Xml.escape(notice.id())
        + "</dc:identifier>"
        + "<dc:language>"
        + Xml.escape(notice.language().toLanguageTag())
        + "</dc:language>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
        + date
        + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
        + date
        + "</dcterms:modified>"
        + "</cp:coreProperties>";
  }
}
