package org.decisionnotices.render.html.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.layout.Blocks;
import org.decisionnotices.render.layout.Field;
import org.decisionnotices.render.layout.FieldList;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.layout.Part;
import org.decisionnotices.render.layout.Section;
import org.decisionnotices.render.layout.Table;

/**
 * What the HTML templates see: the notice, with every value already in the form the markup needs
 * (ids, language tags, tokens of prose). Values are plain text, escaped by the template. Records
 * rather than maps, so that an absent value is {@code null} on its own object and Mustache never
 * finds a same-named value of an enclosing scope instead.
 *
 * <p>The style sheet's values are not here: see {@link StyleSheet}.
 *
 * @param lang the notice's language tag, for {@code <html lang>} and the article
 * @param documentTitle the {@code <title>}: the notice's title, marked as a draft for a draft
 * @param draft the draft mark ("DRAFT") for the page's banner, or {@code null} if final
 */
record PageView(
    String lang,
    String title,
    String documentTitle,
    String titleId,
    String councilName,
    LogoView logo,
    String draft,
    Markup body) {

  record LogoView(String src, String alt) {}

  /** A section; {@code headingId} and {@code heading} are {@code null} for one without heading. */
  record SectionView(
      String key, String headingId, String heading, String lang, List<PartView> parts) {}

  /** Exactly one of the three is set. */
  record PartView(FieldListView fieldList, TableView table, Markup prose) {}

  record FieldListView(List<FieldView> fields) {}

  record FieldView(String key, String label, Markup value) {}

  record TableView(String caption, List<String> header, List<RowView> rows) {}

  /** A table row; its first cell names the row, so it is written as a row header. */
  record RowView(String rowHeader, List<String> cells) {}

  /** Whether to show a banner: only when there is something to put in it. */
  boolean banner() {
    return councilName != null || logo != null;
  }

  static PageView of(Notice notice, RenderOptions options) {
    Branding branding = options.branding();
    String idPrefix = idSafe(notice.id());
    LogoView logo =
        branding.logo() == null
            ? null
            : new LogoView(
                "data:"
                    + branding.logo().mediaType()
                    + ";base64,"
                    + Base64.getEncoder().encodeToString(branding.logo().image()),
                branding.logo().altText());
    return new PageView(
        notice.language().toLanguageTag(),
        notice.title(),
        options.documentTitle(notice),
        idPrefix + "-title",
        blankToNull(branding.councilName()),
        logo,
        options.draftMark(notice),
        Markup.sections(sections(notice, idPrefix)));
  }

  private static List<SectionView> sections(Notice notice, String idPrefix) {
    List<SectionView> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    ids.add(idPrefix + "-title");
    for (Section section : notice.sections()) {
      String headingId = null;
      if (section.heading() != null) {
        // Section keys come from a template and may repeat; ids must not.
        String base = idPrefix + "-" + idSafe(section.key());
        headingId = base;
        for (int n = 2; !ids.add(headingId); n++) {
          headingId = base + "-" + n;
        }
      }
      String lang =
          section.language() == null || section.language().equals(notice.language())
              ? null
              : section.language().toLanguageTag();
      List<PartView> parts = section.parts().stream().map(PageView::part).toList();
      out.add(new SectionView(idSafe(section.key()), headingId, section.heading(), lang, parts));
    }
    return List.copyOf(out);
  }

  private static PartView part(Part part) {
    if (part instanceof FieldList list) {
      List<FieldView> fields = new ArrayList<>();
      for (Field field : list.fields()) {
        fields.add(
            new FieldView(
                idSafe(field.key()),
                field.label(),
                Markup.prose(ProseTokens.ofInlines(field.value()))));
      }
      return new PartView(new FieldListView(List.copyOf(fields)), null, null);
    } else if (part instanceof Table table) {
      List<RowView> rows =
          table.rows().stream()
              .map(
                  row ->
                      new RowView(
                          row.isEmpty() ? null : row.get(0),
                          row.subList(Math.min(1, row.size()), row.size())))
              .toList();
      return new PartView(null, new TableView(table.caption(), table.header(), rows), null);
    } else if (part instanceof Blocks blocks) {
      return new PartView(null, null, Markup.prose(ProseTokens.ofBlocks(blocks.blocks())));
    }
    throw new IllegalArgumentException("unknown part " + part.getClass().getName());
  }

  /** Letters, digits, '-' and '_' only, so an id needs no escaping in a CSS selector either. */
  static String idSafe(String text) {
    if (text.isEmpty()) {
      return "notice";
    }
    int first = 0;
    while (first < text.length() && isIdChar(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text; // most keys and ids already are: no copy
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      if (!isAsciiLetterOrDigit(chars[i]) && chars[i] != '-' && chars[i] != '_') {
        chars[i] = '-';
      }
    }
    return new String(chars);
  }

  private static boolean isIdChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '-' || c == '_';
  }

  static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
