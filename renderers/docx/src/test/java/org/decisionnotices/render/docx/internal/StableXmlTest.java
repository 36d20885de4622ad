package org.decisionnotices.render.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StableXmlTest {
  private static String stable(String xml) {
    return new String(StableXml.of(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void rootNamespaceDeclarationsComeInOrderOfPrefixAheadOfOtherAttributes() {
    String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    String one =
        declaration
            + "<w:document xmlns:w=\"urn:w\" mc:Ignorable=\"w14 wp14\" xmlns:r=\"urn:r\""
            + " xmlns:mc=\"urn:mc\" xmlns:w14='urn:w14'><w:body xmlns:x=\"urn:x\"/></w:document>";
    String two =
        declaration
            + "<w:document xmlns:w14='urn:w14'\n xmlns:mc=\"urn:mc\" mc:Ignorable=\"w14 wp14\""
            + " xmlns:w=\"urn:w\" xmlns:r=\"urn:r\"><w:body xmlns:x=\"urn:x\"/></w:document>";
    String expected =
        declaration
            + "<w:document xmlns:mc=\"urn:mc\" xmlns:r=\"urn:r\" xmlns:w14='urn:w14'"
            + " xmlns:w=\"urn:w\" mc:Ignorable=\"w14 wp14\"><w:body xmlns:x=\"urn:x\"/></w:document>";
    assertEquals(expected, stable(one));
    assertEquals(expected, stable(two));
  }

  @Test
  void docx4jsVersionCommentIsLeftOutAndTheRestKept() {
    String xml =
        "<w:document xmlns:w=\"urn:w\">\n    <w:body><!-- Created by docx4j 11.5.5 (Apache"
            + " licensed) using REFERENCE JAXB in Debian Java 17.0.15 on Linux -->\n"
            + "<w:p><w:r><w:t>Café &lt;!-- Created by docx4j --&gt;</w:t></w:r></w:p><!-- ours"
            + " --></w:body></w:document>";
    assertEquals(
        "<w:document xmlns:w=\"urn:w\">\n    <w:body>\n"
            + "<w:p><w:r><w:t>Café &lt;!-- Created by docx4j --&gt;</w:t></w:r></w:p><!-- ours"
            + " --></w:body></w:document>",
        stable(xml));
  }

  @Test
  void aPartWithNothingToChangeIsReturnedAsItIs() {
    for (String xml :
        new String[] {
          "<?xml version=\"1.0\"?><!-- a comment --><Types xmlns=\"urn:t\"><Default/></Types>",
          "<Relationships xmlns=\"urn:r\"/>",
          "",
          "not xml",
          "<root a=\"unterminated",
        }) {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes, StableXml.of(bytes), xml);
    }
  }
}
