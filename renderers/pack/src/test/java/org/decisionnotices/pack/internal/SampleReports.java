package org.decisionnotices.pack.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.decisionnotices.pack.internal.TestPdfs.Section;

/**
 * Writes the sample report PDFs that {@code examples/data/meeting.json} names, into {@code
 * examples/data/reports/}. Run by hand when the samples should change, not by the tests:
 *
 * <pre>
 * mvn -q -o -pl renderers/pack test-compile exec:java ... or, from an IDE, run main with the
 * repository root as the working directory (or the reports folder as the first argument).
 * </pre>
 */
public final class SampleReports {
  private SampleReports() {}

  /** A distinctive sentence of the exempt report; tests check it never reaches the public pack. */
  public static final String EXEMPT_SENTENCE =
      "The contractor has offered to hold its 2025/26 schedule of rates at £1,184,250 a year"
          + " for the two-year extension.";

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/data/reports");
    writeAll(folder);
    System.out.println("wrote sample reports to " + folder.toAbsolutePath());
  }

  public static void writeAll(Path folder) throws IOException {
    TestPdfs.tagged(
        folder.resolve("item-3-minutes-2025-02-06.pdf"),
        "Minutes of the meeting held on 6 February 2025",
        List.of(
            new Section(
                "Present",
                List.of(
                    "Councillor Margaret Holt (Chair), Councillor David Achebe (Vice-Chair),"
                        + " Councillors Fiona Brennan, Imran Hussain, Keith Lander, Peter Sandford"
                        + " and Lucy Tranter.",
                    "Officers: Joanne Fairclough (Head of Neighbourhood Services), Mark Pemberton"
                        + " (Parks and Open Spaces Manager) and Sarah Nwosu (Democratic Services"
                        + " Officer).")),
            new Section(
                "1. Apologies for absence", List.of("There were no apologies for absence.")),
            new Section(
                "2. Declarations of interest",
                List.of(
                    "Councillor Fiona Brennan declared a non-registrable interest in item 4 as"
                        + " secretary of the Friends of Victoria Recreation Ground.")),
            new Section(
                "3. Minutes of the meeting held on 12 December 2024",
                List.of(
                    "Resolved: That the minutes of the meeting held on 12 December 2024 be"
                        + " confirmed as a correct record and signed by the Chair.")),
            new Section(
                    "4. Street cleansing performance, quarter 3",
                    List.of(
                        "The Committee received the quarterly report on street cleansing. Fly-tipping"
                            + " incidents had fallen by 11 per cent compared with the same quarter of"
                            + " the previous year, and 96 per cent of reported incidents had been"
                            + " cleared within two working days.",
                        "Members asked about the backlog of litter bin replacements in the town"
                            + " centre. Officers confirmed that 40 new bins would be installed by the"
                            + " end of April 2025.",
                        "Resolved: That the report be noted."))
                .onNewPage(),
            new Section(
                    "5. Draft Parks and Open Spaces Strategy: consultation results",
                    List.of(
                        "The Parks and Open Spaces Manager gave an early summary of the responses to"
                            + " the consultation on the draft strategy, which had closed on 24"
                            + " January 2025. The final strategy would be brought to the meeting on"
                            + " 20 March 2025.",
                        "Resolved: That the update be noted.",
                        "The meeting closed at 8.05 pm."))
                .onNewPage()));

    TestPdfs.tagged(
        folder.resolve("item-4-parks-strategy-report.pdf"),
        "Report: Parks and Open Spaces Strategy 2025–2035",
        List.of(
            new Section(
                "Purpose of the report",
                List.of(
                    "This report asks the Committee to adopt the Parks and Open Spaces Strategy"
                        + " 2025–2035 and to approve the action plan for its first three years,"
                        + " 2025/26 to 2027/28.")),
            new Section(
                "Recommendations",
                List.of(
                    "That the Committee adopts the Parks and Open Spaces Strategy 2025–2035;"
                        + " approves the action plan for 2025/26 to 2027/28; and delegates"
                        + " authority to the Head of Neighbourhood Services, in consultation with"
                        + " the Chair, to make minor changes before publication.")),
            new Section(
                "Background",
                List.of(
                    "The Council looks after 46 parks, play areas and open spaces covering 312"
                        + " hectares. The last parks strategy expired in 2022. Without an adopted"
                        + " strategy the Council has no agreed basis for setting priorities for"
                        + " its maintenance budget, and external funders, including the National"
                        + " Lottery Heritage Fund, expect to see one.",
                    "The draft strategy was published for consultation for eight weeks from 29"
                        + " November 2024. 1,126 people responded; Appendix A summarises their"
                        + " views and the changes made as a result.")),
            new Section(
                    "The strategy’s priorities",
                    List.of(
                        "Priority 1: parks that are safe, clean and well looked after.",
                        "Priority 2: play and sport for all ages and abilities, including the"
                            + " replacement of the play equipment at Victoria Recreation Ground.",
                        "Priority 3: more space for nature, including 12 hectares of new wildflower"
                            + " meadow and the planting of 5,000 trees by 2030.",
                        "Priority 4: working with Friends groups, schools and volunteers."))
                .onNewPage(),
            new Section(
                "Financial implications",
                List.of(
                    "The first three years of the action plan will be met from the existing"
                        + " parks revenue budget of £2.4 million a year and the approved capital"
                        + " programme, together with external funding bids of up to £850,000.")),
            new Section(
                    "Equality impact",
                    List.of(
                        "An equality impact assessment found that the draft strategy did too little"
                            + " for disabled children and for older children. The final strategy"
                            + " commits to accessible play equipment and to two new youth shelters."))
                .onNewPage(),
            new Section(
                "Contact",
                List.of(
                    "Mark Pemberton, Parks and Open Spaces Manager,"
                        + " mark.pemberton@castlebridge.gov.uk, 01632 960655."))));

    TestPdfs.tagged(
        folder.resolve("item-4-appendix-a-consultation-summary.pdf"),
        "Appendix A – Consultation summary",
        List.of(
            new Section(
                "How we consulted",
                List.of(
                    "The consultation ran from 29 November 2024 to 24 January 2025. We held six"
                        + " drop-in sessions in parks and libraries, ran an online survey, and met"
                        + " the Friends groups of eleven parks. 1,126 people responded: 1,018"
                        + " through the survey and 108 by email, letter or at a session.")),
            new Section(
                    "What people told us",
                    List.of(
                        "84 per cent agreed with the four priorities. The most common requests were"
                            + " more public toilets (312 responses), better lighting on paths (241),"
                            + " accessible play equipment (198) and more bins (176).",
                        "Residents of Riverside raised flooding on the path network in Riverside"
                            + " Park. Young people asked for places to meet that are not play areas"
                            + " for small children."))
                .onNewPage(),
            new Section(
                    "What we changed",
                    List.of(
                        "We added a commitment to accessible play equipment wherever a play area is"
                            + " renewed, two new youth shelters, and drainage works in Riverside Park"
                            + " in the first year of the action plan."))
                .onNewPage()));

    TestPdfs.tagged(
        folder.resolve("item-5-grounds-maintenance-exempt-report.pdf"),
        "Grounds maintenance contract: extension (exempt report)",
        List.of(
            new Section(
                "Not for publication",
                List.of(
                    "This report contains exempt information under paragraph 3 of Part 1 of"
                        + " Schedule 12A to the Local Government Act 1972.")),
            new Section(
                    "The contract",
                    List.of(
                        "The grounds maintenance contract with Greenway Landscapes Ltd began on 1"
                            + " October 2020 for five years, with an option to extend by up to two"
                            + " years.",
                        EXEMPT_SENTENCE,
                        "A re-tender in 2025 would, on current market evidence, cost between 9 and"
                            + " 14 per cent more."))
                .onNewPage(),
            new Section(
                    "Recommendation",
                    List.of(
                        "That the Committee uses the option to extend the contract by two years"
                            + " from 1 October 2025, at the rates offered."))
                .onNewPage()));
  }
}
