package org.decisionnotices.render.docx.internal;

import java.util.Locale;

/**
 * The named styles of a notice ({@code word/styles.xml}). Everything visual lives here, so an
 * officer restyles a notice in Word by changing a style, and nothing is direct formatting except
 * bold and italic inside prose. Spacing comes from the styles, never from empty paragraphs.
 */
final class StyleSheet {
  /** Word's own font; LibreOffice substitutes the metric-compatible Liberation Sans. */
  static final String FONT = "Arial";

  /** Dark grey on white, 7.5:1; for the header and footer, which are smaller than body text. */
  static final String MUTED = "595959";

  /** Left indent of a field's value: the labels column, 6 cm. */
  static final int FIELD_LABEL_WIDTH = 3402;

  private StyleSheet() {}

  /**
   * @param accent {@code RRGGBB}, already checked for contrast by {@code Branding}
   * @param language the document's default language, e.g. {@code en-GB}
   */
  static String xml(String accent, Locale language) {
    String lang = Xml.escape(language.toLanguageTag());
    return """
        <w:styles %1$s>
          <w:docDefaults>
            <w:rPrDefault><w:rPr>
              <w:rFonts w:ascii="%3$s" w:hAnsi="%3$s" w:eastAsia="%3$s" w:cs="%3$s"/>
              <w:sz w:val="22"/><w:szCs w:val="22"/>
              <w:lang w:val="%2$s" w:eastAsia="%2$s" w:bidi="ar-SA"/>
            </w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr>
              <w:spacing w:after="160" w:line="276" w:lineRule="auto"/>
            </w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
            <w:name w:val="Normal"/><w:qFormat/>
          </w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading1">
            <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/>
              <w:outlineLvl w:val="0"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="%4$s"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading2">
            <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/>
              <!-- No bottom border: LibreOffice 7.4 draws paragraph borders untagged, which fails PDF/UA. -->
              <w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="%4$s"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Field">
            <w:name w:val="Field"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="%5$d"/></w:tabs>
              <w:spacing w:after="100"/><w:ind w:left="%5$d" w:hanging="%5$d"/></w:pPr>
          </w:style>
          <w:style w:type="character" w:customStyle="1" w:styleId="FieldLabel">
            <w:name w:val="Field Label"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="ListBullet">
            <w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:spacing w:after="80"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="ListNumber">
            <w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:spacing w:after="80"/></w:pPr>
          </w:style>
          %6$s
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading">
            <w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:before="40" w:after="40"/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
            <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
          </w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal">
            <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
              <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
          </w:style>
          <w:style w:type="table" w:customStyle="1" w:styleId="NoticeTable">
            <w:name w:val="Notice Table"/><w:basedOn w:val="TableNormal"/>
            <w:tblPr><w:tblBorders>
                <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              </w:tblBorders>
              <w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>
              <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>
          </w:style>
          <w:style w:type="character" w:styleId="Hyperlink">
            <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:rPr><w:color w:val="%4$s"/><w:u w:val="single"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Header">
            <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:spacing w:after="0"/></w:pPr>
            <w:rPr><w:color w:val="%7$s"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Footer">
            <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>
            <w:rPr><w:color w:val="%7$s"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
        </w:styles>
        """
        .formatted(
            Xml.WML_NAMESPACES, lang, FONT, accent, FIELD_LABEL_WIDTH, listContinueStyles(), MUTED);
  }

  /** Paragraphs after the first in a list item, indented to the item's text. */
  static String listContinueStyleId(int depth) {
    int level = Math.min(depth, ListNumbering.CONTINUE_LEVELS - 1);
    return level == 0 ? "ListContinue" : "ListContinue" + (level + 1);
  }

  private static String listContinueStyles() {
    StringBuilder out = new StringBuilder();
    for (int depth = 0; depth < ListNumbering.CONTINUE_LEVELS; depth++) {
      String id = listContinueStyleId(depth);
      String name = depth == 0 ? "List Continue" : "List Continue " + (depth + 1);
      out.append("<w:style w:type=\"paragraph\" w:styleId=\"")
          .append(id)
          .append("\">")
          .append("<w:name w:val=\"")
          .append(name)
          .append("\"/><w:basedOn w:val=\"Normal\"/>")
          .append("<w:pPr><w:spacing w:after=\"80\"/><w:ind w:left=\"")
          .append(ListNumbering.textIndent(depth))
          .append("\"/></w:pPr></w:style>\n");
    }
    return out.toString();
  }
}
