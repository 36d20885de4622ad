package org.decisionnotices.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.render.DecisionNotices;
import org.junit.jupiter.api.Test;

/** Minutes in the usual order, public and full, English and Welsh, from the sample meetings. */
class MinutesLayoutTest {
  private final DecisionNotices notices =
      DecisionNotices.builder().discoverRenderers(false).build();

  static Meeting sample(String file) throws Exception {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path data = dir.resolve("examples/data").resolve(file);
      if (Files.isRegularFile(data)) {
        return DecisionJson.readMeeting(data);
      }
    }
    throw new IllegalStateException(file + " not found");
  }

  @Test
  void theSampleMeetingsMinutesFollowTheUsualOrder() throws Exception {
    Notice minutes = notices.layoutMinutes(sample("meeting.json"));
    assertEquals("castlebridge-ecc-2025-03-20-minutes", minutes.id());
    assertEquals(
        "Minutes of the Castlebridge Borough Council Environment and Communities Committee,"
            + " 20 March 2025",
        minutes.title());
    assertEquals(
        List.of(
            "The meeting",
            "Present",
            "Substitutes",
            "Also in attendance",
            "Apologies",
            "Item 1: Apologies for absence and substitutions",
            "Item 2: Declarations of interest",
            "Item 3: Minutes of the meeting held on 6 February 2025",
            "Item 4: Parks and Open Spaces Strategy 2025–2035",
            "Item 5: Grounds maintenance contract: extension",
            "Signed as a correct record"),
        minutes.sections().stream().map(Section::heading).toList());
    String present = text(section(minutes, "present"));
    assertTrue(present.contains("Councillor Margaret Holt (Chair)"), present);
    assertTrue(present.contains("Councillor David Achebe (Vice-Chair)"), present);
    assertFalse(present.contains("Peter Sandford"), "absent members are not present");
    assertEquals(
        "Councillor Rachel Owusu, substitute for Councillor Imran Hussain",
        text(section(minutes, "substitutes")));
    assertEquals("Councillor Imran Hussain", text(section(minutes, "apologies")));

    String item4 = text(section(minutes, "item3"));
    int declarations = item4.indexOf("Declarations of interest");
    int discussion = item4.indexOf("Discussion");
    int resolution = item4.indexOf("Resolved: That");
    assertTrue(
        declarations >= 0 && declarations < discussion && discussion < resolution,
        "declarations, discussion, then the resolution: " + item4);
    assertTrue(item4.contains("Councillor Fiona Brennan: Non-registrable interest"), item4);

    String procedural = text(section(minutes, "item2"));
    assertTrue(procedural.startsWith("Resolved: That the minutes of the meeting"), procedural);

    String signature = text(section(minutes, "signature"));
    assertTrue(signature.startsWith("The meeting closed at 20:05."), signature);
    FieldList lines = (FieldList) section(minutes, "signature").parts().get(1);
    assertEquals(
        List.of("Chair", "Date"), lines.fields().stream().map(Field::label).toList(), "blank");
  }

  @Test
  void anExemptItemShowsOnlyItsNumberTitleAndExemptionUnlessFull() throws Exception {
    Meeting meeting = sample("meeting.json");
    String publicItem = text(section(notices.layoutMinutes(meeting), "item4"));
    assertEquals(
        "This item was considered in private: it involved the likely disclosure of exempt"
            + " information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local"
            + " Government Act 1972.",
        publicItem);
    Notice full = notices.layoutMinutes(meeting, true);
    assertEquals("castlebridge-ecc-2025-03-20-minutes-full", full.id());
    String fullItem = text(section(full, "item4"));
    assertTrue(fullItem.startsWith("This item was considered in private"), fullItem);
    assertTrue(fullItem.contains("Resolved: That the option to extend"), fullItem);
  }

  @Test
  void welshMinutesAreInWelshAndCitePart4() throws Exception {
    Notice minutes = notices.layoutMinutes(sample("meeting-cy.json"));
    assertEquals("cy", minutes.language().getLanguage());
    assertTrue(minutes.title().startsWith("Cofnodion Pwyllgor Safonau"), minutes.title());
    assertEquals("Yn bresennol", section(minutes, "present").heading());
    assertEquals(
        "Y Cynghorydd Catrin Pugh, yn lle Y Cynghorydd Dafydd ap Iorwerth",
        text(section(minutes, "substitutes")));
    String exempt = text(section(minutes, "item4"));
    assertTrue(exempt.contains("baragraff 18C o Ran 4 o Atodlen 12A"), exempt);
    assertEquals("Llofnodwyd fel cofnod cywir", section(minutes, "signature").heading());
  }

  private static Section section(Notice notice, String key) {
    return notice.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  private static String text(Section section) {
    return section.parts().stream()
        .filter(Blocks.class::isInstance)
        .flatMap(p -> ((Blocks) p).blocks().stream())
        .map(MinutesLayoutTest::text)
        .collect(Collectors.joining(" "));
  }

  private static String text(Block block) {
    if (block instanceof Paragraph p) {
      return Inline.plainText(p.inlines());
    } else if (block instanceof ListBlock l) {
      return l.items().stream()
          .map(ListItem::blocks)
          .flatMap(List::stream)
          .map(MinutesLayoutTest::text)
          .collect(Collectors.joining(" "));
    }
    return "";
  }
}
