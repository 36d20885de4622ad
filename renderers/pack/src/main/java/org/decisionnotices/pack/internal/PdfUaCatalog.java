package org.decisionnotices.pack.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document-level parts of PDF/UA-1 (and PDF/A-2a): language, title shown in the window, marked
 * content flag, sRGB output intent, and XMP declaring both. See notes/pdf-ua-with-pdfbox.md §3.
 */
final class PdfUaCatalog {
  private static final String PRODUCER = "decision-notices (Apache PDFBox)";

  private PdfUaCatalog() {}

  /**
   * @param claims which standards the XMP claims the document meets: it must not claim more than
   *     the merged inputs allow
   */
  static void apply(
      PDDocument doc, String title, String languageTag, ZonedDateTime created, Claims claims)
      throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(languageTag);
    PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);

    PDOutputIntent intent =
        new PDOutputIntent(
            doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);

    information(doc, title, created);

    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(
        xmp(title, languageTag, created, claims).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
  }

  /**
   * A fresh Info dictionary equal to the XMP. Called again after merging, because merging copies
   * every key a report has and the pack lacks (a report's Author would become the pack's).
   */
  static void information(PDDocument doc, String title, ZonedDateTime created) {
    Calendar calendar = GregorianCalendar.from(created);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    doc.setDocumentInformation(info);
  }

  /** Standards the document claims in its XMP. */
  enum Claims {
    /** PDF/UA-1 and PDF/A-2a: pages we wrote ourselves. */
    UA_AND_A,
    /** PDF/UA-1 only: a pack whose merged reports all claim PDF/UA (but not PDF/A) themselves. */
    UA,
    /** None: a pack with a report that does not claim PDF/UA. */
    NONE
  }

  private static String xmp(
      String title, String languageTag, ZonedDateTime created, Claims claims) {
    String date =
        created.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
        + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
        + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
        + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
        + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:language><rdf:Bag><rdf:li>" + escape(languageTag) + "</rdf:li></rdf:Bag></dc:language>\n"
        + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
        + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
        + (claims == Claims.UA_AND_A
            ? "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n"
            : "")
        + (claims != Claims.NONE ? "<pdfuaid:part>1</pdfuaid:part>\n" : "")
        + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
        + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
        + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaProperty:name>part</pdfaProperty:name>\n"
        + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
        + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
        + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
        + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
        + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
        + "</rdf:Description>\n"
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
