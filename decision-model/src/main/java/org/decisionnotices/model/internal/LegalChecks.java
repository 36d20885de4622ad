package org.decisionnotices.model.internal;

import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;

/**
 * What the law asks a published record to contain, beyond what the format requires. These are
 * warnings: a record can be valid and still fall short of a council's duties.
 */
public final class LegalChecks {
  private LegalChecks() {}

  public static void check(DecisionRecord r, String path, Problems warnings) {
    if (r.decisionMaker().type().isExecutiveOrOfficer()) {
      String who =
          "an "
              + (r.decisionMaker().type().jsonName().equals("officer") ? "officer" : "executive")
              + " decision";
      if (r.reasons() == null) {
        warnings.add(
            path + ".reasons",
            who
                + " must record the reasons for it"
                + " (Executive Arrangements Regulations 2012 reg 13; Openness Regulations 2014 reg 7)");
      }
      if (r.alternativesConsidered() == null) {
        warnings.add(
            path + ".alternativesConsidered",
            who
                + " must record the alternative options"
                + " considered and rejected (Executive Arrangements Regulations 2012 reg 13;"
                + " Openness Regulations 2014 reg 7)");
      }
    }
    if (r.keyDecision() && r.forwardPlanReference() == null) {
      warnings.add(
          path + ".forwardPlanReference",
          "a key decision should cite its notice in the"
              + " forward plan (Executive Arrangements Regulations 2012 reg 9)");
    }
    if (r.subjectToCallIn() && r.effectiveFrom() == null) {
      warnings.add(
          path + ".effectiveFrom",
          "a decision subject to call-in should say when it"
              + " takes effect, once the call-in period ends");
    }
  }

  public static void check(Meeting m, Problems warnings) {
    for (int i = 0; i < m.items().size(); i++) {
      AgendaItem item = m.items().get(i);
      if (item.decision() != null) {
        check(item.decision(), "$.items[" + i + "].decision", warnings);
      }
    }
  }
}
