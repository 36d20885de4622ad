package org.decisionnotices.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.decisionnotices.model.prose.Prose;

/**
 * The published record of one decision ("Decision details").
 *
 * <p>Optional fields are {@code null} when absent; lists are empty, never {@code null}. Build one
 * in Java with {@link #builder()}, or read one with {@code DecisionJson.readRecord}.
 *
 * @since 0.1.0
 */
public record DecisionRecord(
    String id,
    String title,
    Locale language,
    DecisionMaker decisionMaker,
    MeetingRef meeting,
    String status,
    boolean keyDecision,
    String forwardPlanReference,
    boolean subjectToCallIn,
    LocalDate callInDeadline,
    LocalDate dateOfDecision,
    LocalDate publicationDate,
    LocalDate effectiveFrom,
    Prose purpose,
    Prose discussion,
    Prose decision,
    Prose reasons,
    Prose alternativesConsidered,
    List<Interest> interests,
    Contact reportAuthor,
    Contact leadOfficer,
    List<String> wards,
    Exemption exempt,
    List<DocumentRef> documents) {

  /** The language of a record that names none. */
  public static final Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("en-GB");

  public DecisionRecord {
    Checks.id(id, "id");
    Checks.notBlank(title, "title");
    language = language == null ? DEFAULT_LANGUAGE : language;
    Objects.requireNonNull(decisionMaker, "decisionMaker must not be null");
    Checks.notBlank(status, "status");
    Objects.requireNonNull(dateOfDecision, "dateOfDecision must not be null");
    Objects.requireNonNull(decision, "decision must not be null");
    interests = Checks.list(interests);
    wards = Checks.list(wards);
    documents = Checks.list(documents);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this record's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .title(title)
        .language(language)
        .decisionMaker(decisionMaker)
        .meeting(meeting)
        .status(status)
        .keyDecision(keyDecision)
        .forwardPlanReference(forwardPlanReference)
        .subjectToCallIn(subjectToCallIn)
        .callInDeadline(callInDeadline)
        .dateOfDecision(dateOfDecision)
        .publicationDate(publicationDate)
        .effectiveFrom(effectiveFrom)
        .purpose(purpose)
        .discussion(discussion)
        .decision(decision)
        .reasons(reasons)
        .alternativesConsidered(alternativesConsidered)
        .interests(interests)
        .reportAuthor(reportAuthor)
        .leadOfficer(leadOfficer)
        .wards(wards)
        .exempt(exempt)
        .documents(documents);
  }

  /**
   * Builds a {@link DecisionRecord}. Required: id, title, decisionMaker, status, dateOfDecision and
   * decision; {@link #build()} names the first one missing. Prose setters taking a {@code String}
   * parse it as CommonMark.
   */
  public static final class Builder {
    private String id;
    private String title;
    private Locale language = DEFAULT_LANGUAGE;
    private DecisionMaker decisionMaker;
    private MeetingRef meeting;
    private String status;
    private boolean keyDecision;
    private String forwardPlanReference;
    private boolean subjectToCallIn;
    private LocalDate callInDeadline;
    private LocalDate dateOfDecision;
    private LocalDate publicationDate;
    private LocalDate effectiveFrom;
    private Prose purpose;
    private Prose discussion;
    private Prose decision;
    private Prose reasons;
    private Prose alternativesConsidered;
    private List<Interest> interests = List.of();
    private Contact reportAuthor;
    private Contact leadOfficer;
    private List<String> wards = List.of();
    private Exemption exempt;
    private List<DocumentRef> documents = List.of();

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Default {@code en-GB}. */
    public Builder language(Locale language) {
      this.language = language;
      return this;
    }

    public Builder decisionMaker(DecisionMaker decisionMaker) {
      this.decisionMaker = decisionMaker;
      return this;
    }

    public Builder meeting(MeetingRef meeting) {
      this.meeting = meeting;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** Default {@code false}. */
    public Builder keyDecision(boolean keyDecision) {
      this.keyDecision = keyDecision;
      return this;
    }

    public Builder forwardPlanReference(String forwardPlanReference) {
      this.forwardPlanReference = forwardPlanReference;
      return this;
    }

    /** Default {@code false}. */
    public Builder subjectToCallIn(boolean subjectToCallIn) {
      this.subjectToCallIn = subjectToCallIn;
      return this;
    }

    public Builder callInDeadline(LocalDate callInDeadline) {
      this.callInDeadline = callInDeadline;
      return this;
    }

    public Builder dateOfDecision(LocalDate dateOfDecision) {
      this.dateOfDecision = dateOfDecision;
      return this;
    }

    public Builder publicationDate(LocalDate publicationDate) {
      this.publicationDate = publicationDate;
      return this;
    }

    public Builder effectiveFrom(LocalDate effectiveFrom) {
      this.effectiveFrom = effectiveFrom;
      return this;
    }

    public Builder purpose(Prose purpose) {
      this.purpose = purpose;
      return this;
    }

    public Builder purpose(String markdown) {
      return purpose(parse(markdown));
    }

    public Builder discussion(Prose discussion) {
      this.discussion = discussion;
      return this;
    }

    public Builder discussion(String markdown) {
      return discussion(parse(markdown));
    }

    public Builder decision(Prose decision) {
      this.decision = decision;
      return this;
    }

    public Builder decision(String markdown) {
      return decision(parse(markdown));
    }

    public Builder reasons(Prose reasons) {
      this.reasons = reasons;
      return this;
    }

    public Builder reasons(String markdown) {
      return reasons(parse(markdown));
    }

    public Builder alternativesConsidered(Prose alternativesConsidered) {
      this.alternativesConsidered = alternativesConsidered;
      return this;
    }

    public Builder alternativesConsidered(String markdown) {
      return alternativesConsidered(parse(markdown));
    }

    public Builder interests(List<Interest> interests) {
      this.interests = interests;
      return this;
    }

    public Builder reportAuthor(Contact reportAuthor) {
      this.reportAuthor = reportAuthor;
      return this;
    }

    public Builder leadOfficer(Contact leadOfficer) {
      this.leadOfficer = leadOfficer;
      return this;
    }

    public Builder wards(List<String> wards) {
      this.wards = wards;
      return this;
    }

    public Builder exempt(Exemption exempt) {
      this.exempt = exempt;
      return this;
    }

    public Builder documents(List<DocumentRef> documents) {
      this.documents = documents;
      return this;
    }

    private static Prose parse(String markdown) {
      return markdown == null ? null : Prose.parse(markdown);
    }

    public DecisionRecord build() {
      return new DecisionRecord(
          id,
          title,
          language,
          decisionMaker,
          meeting,
          status,
          keyDecision,
          forwardPlanReference,
          subjectToCallIn,
          callInDeadline,
          dateOfDecision,
          publicationDate,
          effectiveFrom,
          purpose,
          discussion,
          decision,
          reasons,
          alternativesConsidered,
          interests,
          reportAuthor,
          leadOfficer,
          wards,
          exempt,
          documents);
    }
  }
}
