package org.decisionnotices.render.docx.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.RenderException;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.ColumnWidths;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.ParagraphDirection;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.sharedtypes.STOnOff;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTString;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.STHint;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Turns the layout tree into the body of {@code word/document.xml}: the notice title as the one
 * Heading 1, each section heading as a Heading 2, fields, tables and prose. Per render; not
 * thread-safe.
 */
final class BodyWriter {
  private static final ObjectFactory WML = Context.getWmlObjectFactory();

  /** An average character of 11 pt Table Text, for column widths: about half an em, in twips. */
  private static final int CHAR = 110;

  /** The NoticeTable style's left and right cell margins together, in twips. */
  private static final int PADDING = 2 * 108;

  private final List<Object> body;
  private final RelationshipsPart links;
  private final ListNumbering numbering;
  private final int textWidth;
  private final String noticeId;

  /** The language of the section being written when it differs from the document's, else null. */
  private String sectionLanguage;

  /** The passage in another language being written, else null. */
  private Span span;

  private String sectionKey;

  BodyWriter(
      List<Object> body,
      RelationshipsPart links,
      ListNumbering numbering,
      int textWidth,
      String noticeId) {
    this.body = body;
    this.links = links;
    this.numbering = numbering;
    this.textWidth = textWidth;
    this.noticeId = noticeId;
  }

  void title(String title) {
    P p = paragraph("Heading1");
    p.getContent().addAll(runs(title, false, false, false));
    body.add(p);
  }

  void section(Section section) throws RenderException {
    sectionKey = section.key();
    Locale language = section.language();
    sectionLanguage = language == null ? null : language.toLanguageTag();
    if (section.heading() != null && !section.heading().isBlank()) {
      P p = paragraph("Heading2");
      p.getContent().addAll(runs(section.heading(), false, false, false));
      body.add(p);
    }
    for (Part part : section.parts()) {
      if (part instanceof FieldList fields) {
        fields(fields);
      } else if (part instanceof Table table) {
        table(table);
      } else if (part instanceof Blocks blocks) {
        for (Block block : blocks.blocks()) {
          block(block, 0);
        }
      }
    }
    sectionLanguage = null;
    sectionKey = null;
  }

  /**
   * Each field is one paragraph: the label in bold, a tab, the value, with a hanging indent that
   * lines values up in a column. Not a table: Word's checker wants a header row on every table, and
   * a label/value list has no column headings worth reading out before every value.
   */
  private void fields(FieldList fields) throws RenderException {
    for (Field field : fields.fields()) {
      // Left to right whatever the value: the label, in the document's language, leads the line.
      // A right-to-left value's runs carry w:rtl, so it still reads right to left.
      P p = paragraph("Field");
      R label = run(field.label(), false, false, false);
      label.setRPr(withStyle(label.getRPr(), "FieldLabel"));
      p.getContent().add(label);
      R tab = WML.createR();
      tab.getContent().add(WML.createRTab(WML.createRTab()));
      p.getContent().add(tab);
      inlines(field.value(), p, false, false, false);
      body.add(p);
    }
  }

  private void table(Table table) {
    Tbl tbl = WML.createTbl();
    TblPr pr = WML.createTblPr();
    CTTblPrBase.TblStyle style = WML.createCTTblPrBaseTblStyle();
    style.setVal("NoticeTable");
    pr.setTblStyle(style);
    TblWidth width = WML.createTblWidth();
    width.setType("pct");
    width.setW(BigInteger.valueOf(5000));
    pr.setTblW(width);
    CTTblLook look = WML.createCTTblLook();
    look.setFirstRow(STOnOff.ONE);
    look.setNoVBand(STOnOff.ONE);
    pr.setTblLook(look);
    // Word shows the caption as the table's alt text title.
    CTString caption = WML.createCTString();
    caption.setVal(Xml.clean(table.caption()));
    pr.setTblCaption(caption);
    tbl.setTblPr(pr);
    int[] widths = gridWidths(table, textWidth);
    TblGrid grid = WML.createTblGrid();
    for (int columnWidth : widths) {
      TblGridCol col = WML.createTblGridCol();
      col.setW(BigInteger.valueOf(columnWidth));
      grid.getGridCol().add(col);
    }
    tbl.setTblGrid(grid);
    tbl.getContent().add(row(table.header(), true, widths));
    for (List<String> cells : table.rows()) {
      tbl.getContent().add(row(cells, false, widths));
    }
    body.add(tbl);
  }

  /**
   * Column widths in whole twips that sum to exactly {@code total}, by the rule every renderer
   * shares, counting characters: the reader's font is not ours to choose.
   */
  private static int[] gridWidths(Table table, int total) {
    double[] exact =
        ColumnWidths.of(
            table, total, (text, header) -> text.codePointCount(0, text.length()) * CHAR + PADDING);
    if (exact.length == 0) {
      return new int[0];
    }
    // Round, then give the rounding error to the widest column so the grid fills the text width.
    int[] widths = new int[exact.length];
    int sum = 0;
    int widest = 0;
    for (int c = 0; c < exact.length; c++) {
      widths[c] = (int) Math.round(exact[c]);
      sum += widths[c];
      widest = widths[c] > widths[widest] ? c : widest;
    }
    widths[widest] += total - sum;
    return widths;
  }

  private Tr row(List<String> cells, boolean header, int[] widths) {
    Tr tr = WML.createTr();
    if (header) {
      // Repeated at the top of every page, and the row Word's checker looks for.
      TrPr trPr = WML.createTrPr();
      trPr.getCnfStyleOrDivIdOrGridBefore()
          .add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
      tr.setTrPr(trPr);
    }
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      Tc tc = WML.createTc();
      TcPr tcPr = WML.createTcPr();
      TblWidth w = WML.createTblWidth();
      w.setType("dxa");
      w.setW(BigInteger.valueOf(widths[c]));
      tcPr.setTcW(w);
      tc.setTcPr(tcPr);
      P p = paragraph(header ? "TableHeading" : "TableText");
      rightToLeftIf(p, ParagraphDirection.isRightToLeft(cell));
      if (!cell.isEmpty()) {
        p.getContent().addAll(runs(cell, false, false, false));
      }
      tc.getContent().add(p);
      tr.getContent().add(tc);
    }
    return tr;
  }

  private void block(Block block, int depth) throws RenderException {
    if (block instanceof Paragraph paragraph) {
      if (!isBlank(paragraph.inlines())) {
        P p = paragraph(depth == 0 ? "Normal" : StyleSheet.listContinueStyleId(depth - 1));
        rightToLeftIf(p, ParagraphDirection.isRightToLeft(paragraph.inlines()));
        inlines(paragraph.inlines(), p, false, false, false);
        body.add(p);
      }
    } else if (block instanceof ListBlock list) {
      list(list, depth);
    }
  }

  private void list(ListBlock list, int depth) throws RenderException {
    int level = ListNumbering.clampLevel(depth);
    int numId = numbering.newList(list.ordered(), list.start(), level);
    String style = list.ordered() ? "ListNumber" : "ListBullet";
    for (ListItem item : list.items()) {
      boolean first = true;
      for (Block block : item.blocks()) {
        if (block instanceof Paragraph paragraph && first) {
          if (isBlank(paragraph.inlines())) {
            continue;
          }
          P p = paragraph(style);
          rightToLeftIf(p, ParagraphDirection.isRightToLeft(paragraph.inlines()));
          PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
          PPrBase.NumPr.NumId id = WML.createPPrBaseNumPrNumId();
          id.setVal(BigInteger.valueOf(numId));
          PPrBase.NumPr.Ilvl ilvl = WML.createPPrBaseNumPrIlvl();
          ilvl.setVal(BigInteger.valueOf(level));
          numPr.setNumId(id);
          numPr.setIlvl(ilvl);
          p.getPPr().setNumPr(numPr);
          inlines(paragraph.inlines(), p, false, false, false);
          body.add(p);
        } else {
          block(block, depth + 1);
        }
        first = false;
      }
    }
  }

  private void inlines(
      List<Inline> inlines, ContentAccessor target, boolean bold, boolean italic, boolean link)
      throws RenderException {
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        if (!text.text().isEmpty()) {
          target.getContent().addAll(runs(text.text(), bold, italic, link));
        }
      } else if (inline instanceof Span passage) {
        Span outer = span;
        span = passage;
        inlines(passage.children(), target, bold, italic, link);
        span = outer;
      } else if (inline instanceof Emphasis emphasis) {
        inlines(emphasis.children(), target, bold, true, link);
      } else if (inline instanceof Strong strong) {
        inlines(strong.children(), target, true, italic, link);
      } else if (inline instanceof LineBreak) {
        R r = run(null, bold, italic, link);
        r.getContent().add(WML.createBr());
        target.getContent().add(r);
      } else if (inline instanceof Link l) {
        if (link) {
          // A link inside a link cannot be clicked in any format: keep the text only.
          inlines(l.children(), target, bold, italic, true);
        } else {
          P.Hyperlink hyperlink = WML.createPHyperlink();
          hyperlink.setId(relationshipTo(l.target()));
          inlines(l.children(), hyperlink, bold, italic, true);
          target.getContent().add(WML.createPHyperlink(hyperlink));
        }
      }
    }
  }

  private String relationshipTo(String target) throws RenderException {
    Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
    rel.setType(Namespaces.HYPERLINK);
    rel.setTarget(target);
    rel.setTargetMode("External");
    links.addRelationship(rel);
    return rel.getId();
  }

  private static boolean isBlank(List<Inline> inlines) {
    return Inline.plainText(inlines).isBlank();
  }

  /**
   * {@code w:bidi} on a paragraph whose first strong character is right to left (as the PDF and
   * HTML set it): Word then sets it right to left and starts its lines at the right margin.
   */
  private static void rightToLeftIf(P p, boolean rightToLeft) {
    if (rightToLeft) {
      p.getPPr().setBidi(new BooleanDefaultTrue());
    }
  }

  private P paragraph(String styleId) {
    P p = WML.createP();
    PPr pPr = WML.createPPr();
    if (!"Normal".equals(styleId)) {
      PPrBase.PStyle style = WML.createPPrBasePStyle();
      style.setVal(styleId);
      pPr.setPStyle(style);
    }
    p.setPPr(pPr);
    return p;
  }

  /**
   * {@code text} as runs of one kind of script each (a Word run's script properties apply to the
   * whole run): Latin and the like, right to left, other complex scripts, East Asian. Spaces and
   * punctuation stay with the run they are in.
   */
  private List<R> runs(String text, boolean bold, boolean italic, boolean link) {
    List<R> runs = new java.util.ArrayList<>(1);
    Scripts.Kind kind = null;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Scripts.Kind k = Scripts.kind(cp);
      if (k != null && k != kind) {
        if (kind != null && i > start) {
          runs.add(
              run(text.substring(start, i), bold, italic, link, kind, text.substring(start, i)));
          start = i;
        }
        kind = k;
      }
      i += Character.charCount(cp);
    }
    String rest = text.substring(start);
    runs.add(run(rest, bold, italic, link, kind == null ? Scripts.Kind.LATIN : kind, rest));
    return runs;
  }

  private R run(String text, boolean bold, boolean italic, boolean link) {
    return run(text, bold, italic, link, Scripts.Kind.LATIN, null);
  }

  private R run(
      String text, boolean bold, boolean italic, boolean link, Scripts.Kind kind, String sample) {
    R r = WML.createR();
    RPr rPr = null;
    String language = span != null ? span.languageTag() : sectionLanguage;
    if (bold || italic || link || language != null || kind != Scripts.Kind.LATIN) {
      rPr = WML.createRPr();
      if (link) {
        rPr = withStyle(rPr, "Hyperlink");
      }
      if (bold) {
        rPr.setB(new BooleanDefaultTrue());
      }
      if (italic) {
        rPr.setI(new BooleanDefaultTrue());
      }
      if (kind != Scripts.Kind.LATIN) {
        // What Word needs to choose a font and direction for the script (w:cs, w:rtl, w:rFonts).
        RFonts fonts = WML.createRFonts();
        String font = Scripts.font(sample);
        if (kind == Scripts.Kind.EAST_ASIAN) {
          fonts.setEastAsia(font);
          fonts.setHint(STHint.EAST_ASIA);
        } else {
          fonts.setCs(font);
          fonts.setHint(STHint.CS);
          rPr.setCs(new BooleanDefaultTrue());
          if (kind == Scripts.Kind.RIGHT_TO_LEFT) {
            rPr.setRtl(new BooleanDefaultTrue());
          }
        }
        rPr.setRFonts(fonts);
      }
      if (language != null) {
        CTLanguage lang = WML.createCTLanguage();
        lang.setVal(language);
        // Word reads a complex script's language from w:bidi, an East Asian one's from w:eastAsia.
        if (span != null && (kind == Scripts.Kind.RIGHT_TO_LEFT || kind == Scripts.Kind.COMPLEX)) {
          lang.setBidi(language);
        } else if (span != null && kind == Scripts.Kind.EAST_ASIAN) {
          lang.setEastAsia(language);
        }
        rPr.setLang(lang);
      }
    }
    r.setRPr(rPr);
    if (text != null) {
      org.docx4j.wml.Text t = WML.createText();
      t.setValue(Xml.clean(text));
      t.setSpace("preserve");
      r.getContent().add(WML.createRT(t));
    }
    return r;
  }

  private static RPr withStyle(RPr rPr, String styleId) {
    RPr result = rPr == null ? WML.createRPr() : rPr;
    RStyle style = WML.createRStyle();
    style.setVal(styleId);
    result.setRStyle(style);
    return result;
  }
}
