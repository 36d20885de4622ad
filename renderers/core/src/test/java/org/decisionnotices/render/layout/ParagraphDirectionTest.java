package org.decisionnotices.render.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.junit.jupiter.api.Test;

class ParagraphDirectionTest {

  @Test
  void theFirstStrongCharacterDecides() {
    assertTrue(ParagraphDirection.isRightToLeft("«اردو ریڈرز سرکل» کو گرانٹ دی گئی۔"));
    assertTrue(ParagraphDirection.isRightToLeft("2025: שלום"), "digits and punctuation are weak");
    assertFalse(ParagraphDirection.isRightToLeft("The grant to اردو ریڈرز سرکل was approved."));
    assertFalse(ParagraphDirection.isRightToLeft("Ελληνική Κοινότητα"));
  }

  @Test
  void withoutAStrongCharacterTheDocumentsDirectionStays() {
    assertFalse(ParagraphDirection.isRightToLeft("£1,500 (2025)"));
    assertFalse(ParagraphDirection.isRightToLeft(""));
    assertFalse(ParagraphDirection.isRightToLeft((String) null));
  }

  @Test
  void markedAndStrongPassagesCountAsTheParagraphsText() {
    List<Inline> marked =
        List.of(
            new Span(Locale.forLanguageTag("ur"), List.of(new Text("اردو ریڈرز سرکل"))),
            new Text(" meets weekly."));
    assertTrue(ParagraphDirection.isRightToLeft(marked));
    List<Inline> bold = List.of(new Text("“ "), new Strong(List.of(new Text("Note"))));
    assertFalse(ParagraphDirection.isRightToLeft(bold));
  }
}
