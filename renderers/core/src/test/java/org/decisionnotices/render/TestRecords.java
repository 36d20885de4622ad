package org.decisionnotices.render;

import java.time.LocalDate;
import java.util.Locale;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DecisionMaker;
import org.decisionnotices.model.DecisionMakerType;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.MeetingRef;

/** Records built in code for the core's tests. */
public final class TestRecords {
  private TestRecords() {}

  /** The seed decision, as published. */
  public static DecisionRecord seed() {
    return DecisionRecord.builder()
        .id("lancashire-hwb-2016-10-24-lscb-annual-report")
        .title("Lancashire's Safeguarding Children Board (LSCB) Annual Report")
        .decisionMaker(
            new DecisionMaker("Lancashire Health and Wellbeing Board", DecisionMakerType.COMMITTEE))
        .meeting(MeetingRef.of("Lancashire Health and Wellbeing Board", LocalDate.of(2016, 10, 24)))
        .status("Recommendations approved")
        .keyDecision(false)
        .dateOfDecision(LocalDate.of(2016, 10, 24))
        .purpose("The Board were asked to consider the content of the Annual Report.")
        .discussion(
            "Jane Booth highlighted to the Board that the Annual Report provides information.\n\nThe report sets out the priorities of the LSCB.")
        .decision("Resolved: That the Board considered the content of the Annual Report.")
        .reportAuthor(Contact.named("Laura Parkinson"))
        .build();
  }

  public static DecisionRecord welsh() {
    return seed().toBuilder()
        .id("cy-1")
        .language(Locale.forLanguageTag("cy-GB"))
        .title("Adroddiad Blynyddol")
        .exempt(Exemption.of("Gwybodaeth fasnachol", 14))
        .build();
  }
}
