package org.decisionnotices.render.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.PdfPages.Claims;

/**
 * What PDF/UA-1 and PDF/A-2a ask of the document as a whole: XMP metadata that declares both (with
 * the extension schema PDF/A needs for the pdfuaid property), an sRGB output intent, language,
 * title shown in the window, MarkInfo. Dates come from the notice and the trailer ID from a digest
 * of the input, so the same input always gives the same bytes.
 *
 * <p>Public because {@code PdfPages} uses it; not API.
 */
public final class Conformance {
  static final String PRODUCER = "decision-notices (Apache PDFBox 3)";
  private static final String SRGB = "sRGB IEC61966-2.1";
  // The JDK's built-in sRGB profile (ICC v2), read once: it never changes.
  private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private Conformance() {}

  static void apply(PDDocument doc, Notice notice, RenderOptions options) throws IOException {
    byte[] digest = digest(sha -> NoticeDigest.update(sha, notice), options);
    apply(
        doc,
        options.documentTitle(notice),
        notice.language(),
        notice.date(),
        digest,
        Claims.PDF_UA_AND_PDF_A);
  }

  /**
   * Sets up the catalog, Info, XMP and trailer ID of {@code doc}.
   *
   * @param date the day the document is about; its midnight UTC is the document's date
   * @param digest of everything that decides the output (see {@link #digest}); the trailer ID
   */
  public static void apply(
      PDDocument doc, String title, Locale language, LocalDate date, byte[] digest, Claims claims)
      throws IOException {
    String languageTag = language.toLanguageTag();
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(languageTag);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    markTagged(doc);

    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB_PROFILE));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);

    information(doc, title, date);

    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(
        xmp(title, languageTag, date, claims).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);

    byte[] id = Arrays.copyOf(digest, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** A fresh Info dictionary equal to the XMP. */
  private static void information(PDDocument doc, String title, LocalDate date) {
    Calendar calendar = midnightUtc(date);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    doc.setDocumentInformation(info);
  }

  /**
   * Sets MarkInfo to {@code << /Marked true >>} and nothing else. {@code new PDMarkInfo()} also
   * writes {@code /Suspects false} and {@code /UserProperties false}, and PDFBox's merger calls
   * {@code setSuspect}, which (3.0.8) always writes {@code /Suspects false}; poppler rejects that
   * ("Suspects object is wrong type (boolean)"). An absent key means false, so leave it out.
   */
  private static void markTagged(PDDocument doc) {
    COSDictionary markInfo = new COSDictionary();
    markInfo.setBoolean(COSName.getPDFName("Marked"), true);
    doc.getDocumentCatalog().setMarkInfo(new PDMarkInfo(markInfo));
  }

  private static Calendar midnightUtc(LocalDate date) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return calendar;
  }

  /**
   * A digest of everything that decides the output: {@code content} (for a notice, everything it
   * holds: see {@link NoticeDigest}) and the options.
   */
  public static byte[] digest(byte[] content, RenderOptions options) {
    return digest(sha -> sha.update(content), options);
  }

  private static byte[] digest(Consumer<MessageDigest> content, RenderOptions options) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      content.accept(sha);
      sha.update(String.valueOf(options.pageSize()).getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(options.labelLanguage()).getBytes(StandardCharsets.UTF_8));
      if (options.draft()) {
        sha.update("draft".getBytes(StandardCharsets.UTF_8));
      }
      Branding branding = options.branding();
      sha.update(
          (branding.councilName() + "|" + branding.accentColour())
              .getBytes(StandardCharsets.UTF_8));
      if (branding.logo() != null) {
        sha.update(branding.logo().image());
        sha.update(branding.logo().altText().getBytes(StandardCharsets.UTF_8));
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String xmp(String title, String language, LocalDate date, Claims claims) {
    String when = date + "T00:00:00+00:00";
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
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:language><rdf:Bag><rdf:li>"
        + escape(language)
        + "</rdf:li></rdf:Bag></dc:language>\n"
        + "<pdf:Producer>"
        + PRODUCER
        + "</pdf:Producer>\n"
        + "<xmp:CreatorTool>"
        + PRODUCER
        + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>"
        + when
        + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>"
        + when
        + "</xmp:ModifyDate>\n"
        + (claims == Claims.PDF_UA_AND_PDF_A
            ? "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n"
            : "")
        + (claims != Claims.NONE ? "<pdfuaid:part>1</pdfuaid:part>\n" : "")
        // PDF/A allows only predefined properties unless an extension schema declares them.
        + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
        + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
        + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaProperty:name>part</pdfaProperty:name>\n"
        + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
        + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
        + "<pdfaProperty:description>Indicates which part of ISO 14289 is followed</pdfaProperty:description>\n"
        + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
        + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
        + "</rdf:Description>\n"
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
