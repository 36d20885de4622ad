package org.decisionnotices.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageViewTest {

  @Test
  void idsHoldOnlyLettersDigitsHyphensAndUnderscores() {
    assertEquals("a-b--c_1", PageView.idSafe("a b.\"c_1"));
    assertEquals("notice", PageView.idSafe(""));
  }
}
