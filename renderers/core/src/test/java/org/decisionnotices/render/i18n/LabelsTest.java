package org.decisionnotices.render.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

  @Test
  void welshHasEveryEnglishLabel() {
    assertEquals(
        Labels.forLanguage(Locale.UK).asMap().keySet(), Labels.forLanguage(WELSH).asMap().keySet());
  }

  @Test
  void datesAndPagesInEachLanguage() {
    LocalDate date = LocalDate.of(2016, 10, 24);
    assertEquals("24 October 2016", Labels.forLanguage(Locale.UK).date(date));
    assertEquals("24 Hydref 2016", Labels.forLanguage(WELSH).date(date));
    assertEquals("Page 3 of 12", Labels.forLanguage(Locale.UK).pageOf(3, 12));
    assertEquals("Tudalen 1234 o 1500", Labels.forLanguage(WELSH).pageOf(1234, 1500));
  }

  @Test
  void labelsAreReadOncePerLanguageAndAnyNumberOfLanguagesIsServed() {
    assertSame(Labels.forLanguage(WELSH), Labels.forLanguage(Locale.forLanguageTag("cy-GB")));
    // Past the cache's bound, labels are read each time, and still right.
    for (int i = 0; i < 200; i++) {
      Locale language = new Locale("x" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
      assertEquals("Decision details", Labels.forLanguage(language).get("decisionDetails"));
    }
    assertEquals("Penderfyniad", Labels.forLanguage(WELSH).get("decision"));
  }

  @Test
  void otherLanguagesFallBackToEnglish() {
    Labels french = Labels.forLanguage(Locale.FRANCE);
    assertEquals("Decision details", french.get("decisionDetails"));
    assertEquals("24 October 2016", french.date(LocalDate.of(2016, 10, 24)));
  }

  @Test
  void labelsFollowTheDocumentNotTheJvmLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale jvm :
          List.of(new Locale("tr", "TR"), Locale.GERMANY, WELSH, new Locale("ar", "EG"))) {
        Locale.setDefault(jvm);
        Labels english = Labels.forLanguage(Locale.UK);
        assertEquals("Decision details", english.get("decisionDetails"), jvm.toString());
        assertEquals("1 December 2025", english.date(LocalDate.of(2025, 12, 1)), jvm.toString());
        assertEquals("Page 1000 of 2000", english.pageOf(1000, 2000), jvm.toString());
        assertEquals("Is key decision?", english.get("keyDecision"), jvm.toString());
        assertEquals(
            "Manylion y penderfyniad",
            Labels.forLanguage(WELSH).get("decisionDetails"),
            jvm.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void listsReadNaturally() {
    Labels english = Labels.forLanguage(Locale.UK);
    assertEquals("3", english.list(List.of("3")));
    assertEquals("3 and 4", english.list(List.of("3", "4")));
    assertEquals("1, 2 a 5", Labels.forLanguage(WELSH).list(List.of("1", "2", "5")));
  }
}
