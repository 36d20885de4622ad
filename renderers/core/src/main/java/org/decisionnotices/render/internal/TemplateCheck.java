package org.decisionnotices.render.internal;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.Contact;
import org.decisionnotices.model.DecisionMaker;
import org.decisionnotices.model.DecisionMakerType;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.DocumentRef;
import org.decisionnotices.model.Exemption;
import org.decisionnotices.model.Interest;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.MeetingRef;
import org.decisionnotices.model.Member;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.render.i18n.Labels;

/**
 * Checks a compiled notice template before it is used: every name it asks for must be one that
 * {@link NoticeView} can give. Absent values are absent keys in the view (so that sections skip
 * them), so a misspelt name cannot be told from an absent value while rendering; here it is checked
 * against the view of a record with every field filled, {@link #fullRecord()}.
 *
 * <p>A field added to the model and to {@link NoticeView} must be filled in {@link #fullRecord()}
 * too, or the built-in templates fail this check.
 */
public final class TemplateCheck {
  private TemplateCheck() {}

  /** A record with every optional field filled, in English. */
  public static DecisionRecord fullRecord() {
    return DecisionRecord.builder()
        .id("template-check")
        .title("Library service review")
        .decisionMaker(new DecisionMaker("Cabinet", DecisionMakerType.CABINET))
        .meeting(
            new MeetingRef(
                "Cabinet",
                LocalDate.of(2025, 6, 5),
                LocalTime.of(10, 0),
                "Room 2, County Hall",
                "https://example.org/meeting"))
        .status("Approved")
        .keyDecision(true)
        .forwardPlanReference("FP-1")
        .subjectToCallIn(true)
        .callInDeadline(LocalDate.of(2025, 6, 12))
        .dateOfDecision(LocalDate.of(2025, 6, 5))
        .publicationDate(LocalDate.of(2025, 6, 6))
        .effectiveFrom(LocalDate.of(2025, 6, 13))
        .purpose("To decide *the* future of the library service.")
        .discussion("Members asked about opening hours.")
        .decision("Approved, as set out in [the report](https://example.org/report).")
        .reasons("- Demand has fallen.\n- Costs have risen.")
        .alternativesConsidered("1. Closing the library.")
        .interests(List.of(new Interest("Councillor A", "Library volunteer", "Granted")))
        .reportAuthor(
            new Contact("B Officer", "Head of Libraries", "b@example.org", "01234 567890"))
        .leadOfficer(new Contact("C Officer", "Director", "c@example.org", "01234 567891"))
        .wards(List.of("North", "South"))
        .exempt(Exemption.of("Commercial information", 3))
        .documents(
            List.of(
                new DocumentRef(
                    "Report", "https://example.org/report.pdf", null, "application/pdf", 1000L),
                new DocumentRef("Appendix", null, "appendix.pdf", "application/pdf", 2000L)))
        .build();
  }

  /** A record with no optional field, so that inverted sections are laid out too. */
  public static DecisionRecord sparseRecord() {
    return DecisionRecord.builder()
        .id("template-check")
        .title("Library service review")
        .decisionMaker(new DecisionMaker("Director of Resources", DecisionMakerType.OFFICER))
        .status("Approved")
        .dateOfDecision(LocalDate.of(2025, 6, 5))
        .decision("Approved.")
        .build();
  }

  /** A meeting whose one item has the full record as its decision. */
  public static Meeting fullMeeting() {
    return new Meeting(
        "template-check-meeting",
        "Cabinet",
        LocalDate.of(2025, 6, 5),
        LocalTime.of(10, 0),
        "Room 2, County Hall",
        Locale.UK,
        Contact.named("Clerk"),
        List.of(new Member("Councillor A", "Chair", null)),
        List.of(
            new AgendaItem(
                "1",
                "Library service review",
                Prose.parse("To decide the future of the library service."),
                null,
                List.of(),
                fullRecord()),
            new AgendaItem(
                "2",
                "Minutes",
                Prose.parse("To approve the minutes."),
                null,
                List.of(),
                sparseRecord())));
  }

  /**
   * The names {@code mustache} asks for that the view can never give, as written in the template
   * ({@code labels.statsu}); empty if there are none.
   *
   * @param view the view of a full record or meeting, whose keys are every name there can be
   * @throws IllegalArgumentException if the template uses partials, which are not supported
   */
  public static Set<String> unknownNames(Mustache mustache, Map<String, Object> view) {
    Set<String> unknown = new LinkedHashSet<>();
    Deque<Object> scopes = new ArrayDeque<>();
    scopes.push(view);
    walk(mustache.getCodes(), scopes, unknown);
    return unknown;
  }

  /** The view the built-in template of records sees for {@link #fullRecord()}. */
  public static Map<String, Object> recordView() {
    return NoticeView.of(fullRecord(), Labels.forLanguage(DecisionRecord.DEFAULT_LANGUAGE));
  }

  /** The view the built-in template of decisions lists sees for {@link #fullMeeting()}. */
  public static Map<String, Object> decisionsView() {
    return NoticeView.ofDecisions(
        fullMeeting(), Labels.forLanguage(DecisionRecord.DEFAULT_LANGUAGE));
  }

  private static void walk(Code[] codes, Deque<Object> scopes, Set<String> unknown) {
    if (codes == null) {
      return;
    }
    for (Code code : codes) {
      if (code instanceof PartialCode || code instanceof ExtendCode) {
        throw new IllegalArgumentException(
            "partials ({{>" + code.getName() + "}}) are not supported in a notice template");
      }
      if (code instanceof CommentCode) {
        continue;
      }
      boolean named = code instanceof ValueCode || code instanceof IterableCode;
      if (!named) {
        walk(code.getCodes(), scopes, unknown);
        continue;
      }
      Object value = resolve(code.getName(), scopes);
      if (value == null) {
        unknown.add(code.getName());
        continue;
      }
      if (code instanceof NotIterableCode) {
        // An inverted section is drawn in the scope around it.
        walk(code.getCodes(), scopes, unknown);
      } else if (code instanceof IterableCode) {
        Object scope = scopeOf(value);
        if (scope != null) {
          scopes.push(scope);
        }
        walk(code.getCodes(), scopes, unknown);
        if (scope != null) {
          scopes.pop();
        }
      }
    }
  }

  /** What a section over {@code value} adds to the scopes: a map, or the union of a list's. */
  private static Object scopeOf(Object value) {
    if (value instanceof Map<?, ?>) {
      return value;
    }
    if (value instanceof List<?> list) {
      Map<Object, Object> union = new HashMap<>();
      for (Object element : list) {
        if (element instanceof Map<?, ?> map) {
          union.putAll(map);
        }
      }
      return union;
    }
    return null;
  }

  /** The value of a (dotted) name, looked up from the innermost scope out, or {@code null}. */
  private static Object resolve(String name, Deque<Object> scopes) {
    if (name.equals(".")) {
      return scopes.peek();
    }
    List<String> parts = new ArrayList<>(List.of(name.split("\\.", -1)));
    for (Object scope : scopes) {
      if (scope instanceof Map<?, ?> map && map.containsKey(parts.get(0))) {
        Object value = map.get(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
          if (!(value instanceof Map<?, ?> inner) || !inner.containsKey(part)) {
            return null;
          }
          value = inner.get(part);
        }
        return value;
      }
    }
    return null;
  }
}
