package com.crewbid.proposals.internal;

import com.crewbid.jobs.JobType;
import com.crewbid.proposals.ProposalState;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One proposal: its copy of the job, what the member wrote, and where it stands. Every transition
 * goes through a method here that refuses states it does not start from ({@link ProposalAction}),
 * so an illegal request changes nothing. Who may act is checked before, by {@link ProposalAccess}.
 *
 * <p>An update writes only the columns this copy changed ({@link DynamicUpdate}): the purge of
 * Upwork's content ({@link ProposalJobContentPurge}) and the sync's {@code outcome_synced_at} are
 * bulk updates that move no version, and a copy loaded before them must not write their columns
 * back when it is saved after them.
 */
@Entity
@Table(name = "proposals")
@DynamicUpdate
public class ProposalRecord {

  /** The editable content fields, as named to the approval policy's re-approval check. */
  static final String COVER_LETTER = "coverLetter";

  static final String ANSWERS = "answers";
  static final String BID = "bid";
  static final String DURATION = "estimatedDuration";
  static final String CONNECTS = "connects";

  static final int MAX_COVER_LETTER = 20_000;
  static final int MAX_ANSWER = 5_000;
  static final int MAX_CONNECTS = 500;

  @Id private UUID id;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "author_name")
  private String authorName;

  @Enumerated(EnumType.STRING)
  private ProposalState state;

  @Column(name = "upwork_job_id")
  private String upworkJobId;

  @Column(name = "job_title")
  private String jobTitle;

  @Column(name = "job_url")
  private String jobUrl;

  @Column(name = "job_client_id")
  private String jobClientId;

  @Column(name = "job_client_name")
  private String jobClientName;

  @Column(name = "job_category_id")
  private String jobCategoryId;

  @Column(name = "job_category")
  private String jobCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "job_type")
  private JobType jobType;

  @Column(name = "job_currency")
  private String jobCurrency;

  @Column(name = "job_budget")
  private BigDecimal jobBudget;

  @Column(name = "job_hourly_min")
  private BigDecimal jobHourlyMin;

  @Column(name = "job_hourly_max")
  private BigDecimal jobHourlyMax;

  @Column(name = "job_cover_letter_required")
  private Boolean jobCoverLetterRequired;

  /**
   * When the client name, budget, hourly range and cover-letter rule above were fetched from
   * Upwork; null once they were forgotten (24 hours later, {@link ProposalJobContentPurge}).
   */
  @Column(name = "job_fetched_at")
  private Instant jobFetchedAt;

  @Convert(converter = QuestionsJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "screening_questions")
  private List<String> screeningQuestions = new ArrayList<>();

  @Column(name = "template_id")
  private UUID templateId;

  @Column(name = "template_version_id")
  private UUID templateVersionId;

  @Column(name = "template_name")
  private String templateName;

  @Column(name = "template_version_number")
  private Integer templateVersionNumber;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "missing_variables")
  private List<String> missingVariables = new ArrayList<>();

  @Column(name = "cover_letter")
  private String coverLetter = "";

  @Convert(converter = AnswersJson.class)
  @ColumnTransformer(write = "?::jsonb")
  private List<Answer> answers = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "bid_type")
  private JobType bidType;

  @Column(name = "bid_amount")
  private BigDecimal bidAmount;

  @Column(name = "bid_currency")
  private String bidCurrency;

  @Convert(converter = MilestonesJson.class)
  @ColumnTransformer(write = "?::jsonb")
  private List<StoredMilestone> milestones = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "estimated_duration")
  private EstimatedDuration estimatedDuration;

  private Integer connects;

  @Column(name = "connects_estimate")
  private int connectsEstimate;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by")
  private UUID sentBy;

  @Column(name = "sent_by_name")
  private String sentByName;

  @Enumerated(EnumType.STRING)
  @Column(name = "sent_via")
  private SendVia sentVia;

  @Column(name = "upwork_proposal_id")
  private String upworkProposalId;

  @Column(name = "sending_since")
  private Instant sendingSince;

  /** Whether {@link #upworkOrganizationId} is known (null then: the author's own account). */
  @Column(name = "upwork_organization_known")
  private boolean upworkOrganizationKnown;

  @Column(name = "upwork_organization_id")
  private String upworkOrganizationId;

  @Column(name = "upwork_status")
  private String upworkStatus;

  @Column(name = "outcome_synced_at")
  private Instant outcomeSyncedAt;

  @Column(name = "outcome_changed_at")
  private Instant outcomeChangedAt;

  @Column(name = "outcome_source")
  private String outcomeSource;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Null until first stored, so that storing it is an insert (not a merge). */
  @Version private Long version;

  protected ProposalRecord() {}

  /** The template version a draft was made from, and the variables that had no value. */
  public record TemplateUse(
      UUID templateId, UUID versionId, String name, int versionNumber, List<String> missing) {}

  /** A new draft for a job, written by {@code author}, perhaps from a template. */
  static ProposalRecord draft(
      UserId author,
      String authorName,
      JobSnapshot job,
      @Nullable TemplateUse template,
      String coverLetter,
      List<Answer> answers,
      @Nullable Bid bid,
      int connectsEstimate,
      Instant now) {
    ProposalRecord p = new ProposalRecord();
    p.id = UUID.randomUUID();
    p.authorId = author.value();
    p.authorName = authorName;
    p.state = ProposalState.DRAFT;
    p.upworkJobId = job.id();
    p.jobTitle = job.title();
    p.jobUrl = job.url();
    p.jobClientId = job.clientId();
    p.jobClientName = job.clientName();
    p.jobCategoryId = job.categoryId();
    p.jobCategory = job.category();
    p.jobType = job.type();
    p.jobCurrency = job.currency();
    p.jobBudget = job.budget();
    p.jobHourlyMin = job.hourlyMin();
    p.jobHourlyMax = job.hourlyMax();
    p.jobCoverLetterRequired = job.coverLetterRequired();
    p.jobFetchedAt =
        job.fetchedAt() == null || job.fetchedAt().isAfter(now) ? now : job.fetchedAt();
    p.screeningQuestions = new ArrayList<>(job.screeningQuestions());
    if (template != null) {
      p.templateId = template.templateId();
      p.templateVersionId = template.versionId();
      p.templateName = template.name();
      p.templateVersionNumber = template.versionNumber();
      p.missingVariables = new ArrayList<>(template.missing());
    }
    p.coverLetter = cut(coverLetter, MAX_COVER_LETTER);
    p.answers = new ArrayList<>(answers);
    p.applyBid(bid);
    p.connectsEstimate = connectsEstimate;
    p.createdAt = now;
    p.updatedAt = now;
    return p;
  }

  /** The editable content of a proposal, as a whole (an edit sends all of it). */
  public record Content(
      String coverLetter,
      Map<Integer, String> answers,
      @Nullable Bid bid,
      @Nullable EstimatedDuration estimatedDuration,
      @Nullable Integer connects) {

    public Content {
      coverLetter = coverLetter == null ? "" : coverLetter;
      answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
  }

  /**
   * Replaces the content; returns which content fields changed (empty: nothing changed).
   *
   * @throws ProblemException proposal-state (409) when it is no longer editable; validation (400)
   *     for content that does not fit the job (nothing is changed)
   */
  Set<String> edit(Content content, Instant now) {
    require(ProposalAction.EDIT);
    validate(content);
    Set<String> changed = new LinkedHashSet<>();
    if (!coverLetter.equals(content.coverLetter())) {
      changed.add(COVER_LETTER);
    }
    List<Answer> edited = new ArrayList<>();
    for (Answer a : answers) {
      String text = content.answers().getOrDefault(a.position(), "");
      edited.add(text.equals(a.answer()) ? a : a.withText(text));
    }
    if (!edited.stream()
        .map(Answer::answer)
        .toList()
        .equals(answers.stream().map(Answer::answer).toList())) {
      changed.add(ANSWERS);
    }
    if (!Objects.equals(bid(), content.bid())) {
      changed.add(BID);
    }
    if (estimatedDuration != content.estimatedDuration()) {
      changed.add(DURATION);
    }
    if (!Objects.equals(connects, content.connects())) {
      changed.add(CONNECTS);
    }
    if (changed.isEmpty()) {
      return changed;
    }
    coverLetter = content.coverLetter();
    answers = edited;
    applyBid(content.bid());
    estimatedDuration = content.estimatedDuration();
    connects = content.connects();
    updatedAt = now;
    return changed;
  }

  private void validate(Content content) {
    if (content.coverLetter().length() > MAX_COVER_LETTER) {
      throw ProposalProblems.invalid(COVER_LETTER, "At most " + MAX_COVER_LETTER + " characters.");
    }
    int i = 0;
    for (Map.Entry<Integer, String> answer : content.answers().entrySet()) {
      if (answer.getKey() == null || answer.getKey() < 1 || answer.getKey() > answers.size()) {
        throw ProposalProblems.invalid(
            "answers[" + i + "].position",
            "The job asks "
                + answers.size()
                + (answers.size() == 1 ? " question" : " questions")
                + "; there is no question "
                + answer.getKey()
                + ".");
      }
      if (answer.getValue() != null && answer.getValue().length() > MAX_ANSWER) {
        throw ProposalProblems.invalid(
            "answers[" + i + "].answer", "At most " + MAX_ANSWER + " characters.");
      }
      i++;
    }
    Integer wanted = content.connects();
    if (wanted != null && (wanted < 0 || wanted > MAX_CONNECTS)) {
      throw ProposalProblems.invalid(CONNECTS, "Between 0 and " + MAX_CONNECTS + " Connects.");
    }
    Bid bid = content.bid();
    if (bid == null) {
      return;
    }
    if (bid.type() != jobType) {
      throw ProposalProblems.invalid(
          "bid.type",
          "This job pays "
              + (jobType == JobType.FIXED ? "a fixed price" : "by the hour")
              + ": bid "
              + jobType
              + ".");
    }
    if (!bid.amount().currency().equals(jobCurrency)) {
      throw ProposalProblems.invalid(
          "bid.amount.currency", "Bid in the job's currency, " + jobCurrency + ".");
    }
    if (bid.amount().amount().signum() <= 0
        || bid.amount().amount().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      throw ProposalProblems.invalid("bid.amount.amount", "Bid more than 0 and at most 1000000.");
    }
    for (int m = 0; m < bid.milestones().size(); m++) {
      Milestone milestone = bid.milestones().get(m);
      String field = "bid.milestones[" + m + "]";
      if (milestone.description().isBlank() || milestone.description().length() > 500) {
        throw ProposalProblems.invalid(
            field + ".description", "Say what the milestone delivers (at most 500 characters).");
      }
      if (!milestone.amount().currency().equals(bid.amount().currency())) {
        throw ProposalProblems.invalid(
            field + ".amount.currency", "Milestones are in the bid's currency.");
      }
      if (milestone.amount().amount().signum() <= 0) {
        throw ProposalProblems.invalid(field + ".amount.amount", "More than 0.");
      }
    }
    if (!bid.milestones().isEmpty() && bid.milestoneTotal().compareTo(bid.amount().amount()) != 0) {
      throw ProposalProblems.invalid(
          "bid.milestones",
          "The milestones add up to "
              + Money.of(bid.milestoneTotal(), bid.amount().currency())
              + ", but the bid is "
              + bid.amount()
              + ": they must add up to it exactly.");
    }
  }

  /**
   * What is missing before it can go to approval or to Upwork: a cover letter, an answer to every
   * screening question, a bid, and for a fixed price the estimated duration.
   */
  List<ProblemException.FieldProblem> missing() {
    List<ProblemException.FieldProblem> missing = new ArrayList<>();
    if (coverLetter.isBlank()) {
      missing.add(new ProblemException.FieldProblem(COVER_LETTER, "Write the cover letter."));
    }
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).answer().isBlank()) {
        missing.add(
            new ProblemException.FieldProblem(
                "answers[" + i + "].answer", "Answer question " + answers.get(i).position() + "."));
      }
    }
    if (bidAmount == null) {
      missing.add(new ProblemException.FieldProblem(BID, "Enter your bid."));
    } else if (jobType == JobType.FIXED && estimatedDuration == null) {
      missing.add(new ProblemException.FieldProblem(DURATION, "Say how long the work will take."));
    }
    return missing;
  }

  /** Refuses the action unless it is possible in the current state. */
  void require(ProposalAction action) {
    if (!action.possibleIn(state)) {
      throw ProposalProblems.illegal(action, state);
    }
    if (action == ProposalAction.CORRECT_OUTCOME && sentAt == null) {
      throw ProposalProblems.illegal(action, state, "It was withdrawn before it was sent.");
    }
  }

  /** Moves to {@code to} by {@code action}; returns the state it left. */
  ProposalState moveTo(ProposalAction action, ProposalState to, Instant now) {
    require(action);
    ProposalState from = state;
    state = to;
    updatedAt = now;
    return from;
  }

  /** Follows the approval (a decision, a new round): the state it left. */
  ProposalState follow(ProposalState to, Instant now) {
    ProposalState from = state;
    state = to;
    updatedAt = now;
    return from;
  }

  /**
   * Marks a change that is no transition (a decision that counts toward more), moving the version.
   */
  void touch(Instant now) {
    updatedAt = now;
  }

  /**
   * Claims the proposal for one send: APPROVED → SENDING, under the Upwork organization the author
   * acts in (null: their own account), where Upwork will show it.
   */
  void claimForSending(@Nullable String organizationId, Instant now) {
    moveTo(ProposalAction.SEND, ProposalState.SENDING, now);
    sendingSince = now;
    sentUnder(organizationId);
  }

  /** The Upwork organization the proposal is at (null: the author's own account). */
  void sentUnder(@Nullable String organizationId) {
    upworkOrganizationKnown = true;
    upworkOrganizationId = organizationId;
  }

  /** An Upwork organization a proposal is at; a null id is the author's own account. */
  record SentOrganization(@Nullable String id) {}

  /** The Upwork organization it was sent under; empty while unknown. */
  Optional<SentOrganization> sentOrganization() {
    return upworkOrganizationKnown
        ? Optional.of(new SentOrganization(upworkOrganizationId))
        : Optional.empty();
  }

  /** It is at Upwork: SENDING (API), APPROVED or SEND_UNKNOWN (manual) → SENT. */
  ProposalState sent(SendVia via, @Nullable String upworkId, UserId by, String byName, Instant at) {
    if (state != ProposalState.SENDING) {
      require(ProposalAction.MARK_SENT);
    }
    ProposalState from = state;
    state = ProposalState.SENT;
    sendingSince = null;
    sentVia = via;
    sentAt = at;
    sentBy = by.value();
    sentByName = byName;
    if (upworkId != null) {
      upworkProposalId = upworkId;
    }
    outcomeChangedAt = at;
    updatedAt = at;
    return from;
  }

  /** The call failed before the proposal reached Upwork: SENDING → APPROVED, nothing lost. */
  void sendFailed(Instant now) {
    requireSending();
    state = ProposalState.APPROVED;
    sendingSince = null;
    updatedAt = now;
  }

  /** The call's answer was lost: SENDING → SEND_UNKNOWN, to be checked on Upwork. */
  void sendUnknown(Instant now) {
    requireSending();
    state = ProposalState.SEND_UNKNOWN;
    sendingSince = null;
    updatedAt = now;
  }

  /** Someone checked Upwork and it is not there: SEND_UNKNOWN → APPROVED. */
  ProposalState notSent(Instant now) {
    ProposalState from = moveTo(ProposalAction.MARK_NOT_SENT, ProposalState.APPROVED, now);
    return from;
  }

  /** Found on Upwork (after an unknown outcome): SEND_UNKNOWN → SENT through the API. */
  ProposalState foundOnUpwork(@Nullable String upworkId, Instant at) {
    if (state != ProposalState.SEND_UNKNOWN) {
      throw ProposalProblems.illegal(ProposalAction.CHECK_UPWORK, state);
    }
    ProposalState from = state;
    state = ProposalState.SENT;
    if (upworkId != null) {
      upworkProposalId = upworkId;
    }
    if (sentAt == null) {
      sentAt = at;
      sentVia = SendVia.API;
    }
    outcomeChangedAt = at;
    updatedAt = at;
    return from;
  }

  /**
   * What Upwork last said; moves the outcome when {@code to} differs. (When the sync asked is
   * stored apart, {@link ProposalRecords#syncedAt}, so that asking moves no version.)
   */
  ProposalState outcome(
      ProposalState to, @Nullable String upworkStatus, String source, Instant now) {
    ProposalState from = state;
    if (upworkStatus != null) {
      this.upworkStatus = upworkStatus;
    }
    if (to != state) {
      state = to;
      outcomeChangedAt = now;
      outcomeSource = source;
      updatedAt = now;
    }
    return from;
  }

  /** Remembers Upwork's id of a proposal sent by hand, once the sync found it. */
  void linkUpworkProposal(String upworkId) {
    if (upworkProposalId == null) {
      upworkProposalId = upworkId;
    }
  }

  private void requireSending() {
    if (state != ProposalState.SENDING) {
      throw new IllegalStateException("Not being sent: " + state);
    }
  }

  private void applyBid(@Nullable Bid bid) {
    if (bid == null) {
      bidType = null;
      bidAmount = null;
      bidCurrency = null;
      milestones = new ArrayList<>();
      return;
    }
    bidType = bid.type();
    bidAmount = bid.amount().amount();
    bidCurrency = bid.amount().currency();
    milestones =
        new ArrayList<>(
            bid.milestones().stream()
                .map(
                    m ->
                        new StoredMilestone(
                            m.description(),
                            m.dueDate() == null ? null : m.dueDate().toString(),
                            m.amount().amount().toPlainString()))
                .toList());
  }

  private static String cut(String text, int max) {
    return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
  }

  public UUID id() {
    return id;
  }

  public UserId author() {
    return new UserId(authorId);
  }

  public String authorName() {
    return authorName;
  }

  public ProposalState state() {
    return state;
  }

  public String upworkJobId() {
    return upworkJobId;
  }

  public String jobTitle() {
    return jobTitle;
  }

  public String jobUrl() {
    return jobUrl;
  }

  public String jobClientId() {
    return jobClientId;
  }

  public String jobClientName() {
    return jobClientName;
  }

  public String jobCategoryId() {
    return jobCategoryId;
  }

  public String jobCategory() {
    return jobCategory;
  }

  public JobType jobType() {
    return jobType;
  }

  public String jobCurrency() {
    return jobCurrency;
  }

  public @Nullable Money jobBudget() {
    return jobBudget == null ? null : Money.of(jobBudget, jobCurrency.strip());
  }

  public @Nullable Money jobHourlyMin() {
    return jobHourlyMin == null ? null : Money.of(jobHourlyMin, jobCurrency.strip());
  }

  public @Nullable Money jobHourlyMax() {
    return jobHourlyMax == null ? null : Money.of(jobHourlyMax, jobCurrency.strip());
  }

  public Boolean jobCoverLetterRequired() {
    return jobCoverLetterRequired;
  }

  /** When Upwork's content of the job copy was fetched; null once it was forgotten. */
  public @Nullable Instant jobFetchedAt() {
    return jobFetchedAt;
  }

  public List<String> screeningQuestions() {
    return List.copyOf(screeningQuestions);
  }

  public @Nullable UUID templateId() {
    return templateId;
  }

  public @Nullable UUID templateVersionId() {
    return templateVersionId;
  }

  public String templateName() {
    return templateName;
  }

  public Integer templateVersionNumber() {
    return templateVersionNumber;
  }

  public List<String> missingVariables() {
    return List.copyOf(missingVariables);
  }

  public String coverLetter() {
    return coverLetter;
  }

  public List<Answer> answers() {
    return List.copyOf(answers);
  }

  public @Nullable Bid bid() {
    if (bidAmount == null) {
      return null;
    }
    String currency = bidCurrency.strip();
    return new Bid(
        bidType,
        Money.of(bidAmount, currency),
        milestones.stream()
            .map(
                m ->
                    new Milestone(
                        m.description(),
                        m.dueDate() == null ? null : LocalDate.parse(m.dueDate()),
                        Money.of(new BigDecimal(m.amount()), currency)))
            .toList());
  }

  public @Nullable EstimatedDuration estimatedDuration() {
    return estimatedDuration;
  }

  /** The Connects the member set; null while the estimate applies. */
  public @Nullable Integer connectsSet() {
    return connects;
  }

  public int connectsEstimate() {
    return connectsEstimate;
  }

  /** The Connects sending it will cost, as far as Crewbid knows. */
  public int connects() {
    return connects != null ? connects : connectsEstimate;
  }

  public @Nullable Instant sentAt() {
    return sentAt;
  }

  public @Nullable UserId sentBy() {
    return sentBy == null ? null : new UserId(sentBy);
  }

  public String sentByName() {
    return sentByName;
  }

  public @Nullable SendVia sentVia() {
    return sentVia;
  }

  public @Nullable String upworkProposalId() {
    return upworkProposalId;
  }

  public @Nullable Instant sendingSince() {
    return sendingSince;
  }

  public String upworkStatus() {
    return upworkStatus;
  }

  public Instant outcomeSyncedAt() {
    return outcomeSyncedAt;
  }

  public Instant outcomeChangedAt() {
    return outcomeChangedAt;
  }

  public String outcomeSource() {
    return outcomeSource;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  /** A milestone as stored: amounts as decimal strings in the bid's currency. */
  record StoredMilestone(String description, @Nullable String dueDate, String amount) {}

  @Converter
  static class QuestionsJson implements AttributeConverter<List<String>, String> {
    private static final TypeReference<List<String>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<String> value) {
      return Json.MAPPER.writeValueAsString(value == null ? List.of() : value);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
      return json == null ? new ArrayList<>() : new ArrayList<>(Json.MAPPER.readValue(json, TYPE));
    }
  }

  @Converter
  static class AnswersJson implements AttributeConverter<List<Answer>, String> {
    private static final TypeReference<List<Answer>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<Answer> value) {
      return Json.MAPPER.writeValueAsString(value == null ? List.of() : value);
    }

    @Override
    public List<Answer> convertToEntityAttribute(String json) {
      return json == null ? new ArrayList<>() : new ArrayList<>(Json.MAPPER.readValue(json, TYPE));
    }
  }

  @Converter
  static class MilestonesJson implements AttributeConverter<List<StoredMilestone>, String> {
    private static final TypeReference<List<StoredMilestone>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<StoredMilestone> value) {
      return Json.MAPPER.writeValueAsString(value == null ? List.of() : value);
    }

    @Override
    public List<StoredMilestone> convertToEntityAttribute(String json) {
      return json == null ? new ArrayList<>() : new ArrayList<>(Json.MAPPER.readValue(json, TYPE));
    }
  }

  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }
}
