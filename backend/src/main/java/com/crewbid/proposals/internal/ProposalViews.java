package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalRule;
import com.crewbid.approvals.ThreadEntry;
import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.JobType;
import com.crewbid.proposals.ProposalState;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the API shows of proposals: the detail, list summaries, collisions, comments. */
public final class ProposalViews {

  private ProposalViews() {}

  public record Person(UUID id, String name) {

    static @Nullable Person of(@Nullable UserId id, @Nullable String name) {
      return id == null ? null : new Person(id.value(), name);
    }
  }

  public record Question(int position, String question) {}

  public record Job(
      String id,
      String title,
      @Nullable String url,
      @Nullable String clientId,
      @Nullable String clientName,
      @Nullable String category,
      @Nullable String categoryId,
      JobType type,
      @Nullable Money budget,
      @Nullable Money hourlyMin,
      @Nullable Money hourlyMax,
      @Nullable Boolean coverLetterRequired,
      List<Question> screeningQuestions) {}

  public record Template(UUID templateId, UUID versionId, String name, int versionNumber) {}

  public record AnswerView(int position, String question, String answer, boolean suggested) {}

  public record MilestoneView(String description, @Nullable LocalDate dueDate, Money amount) {}

  public record BidView(JobType type, Money amount, List<MilestoneView> milestones) {

    static @Nullable BidView of(@Nullable Bid bid) {
      return bid == null
          ? null
          : new BidView(
              bid.type(),
              bid.amount(),
              bid.milestones().stream()
                  .map(m -> new MilestoneView(m.description(), m.dueDate(), m.amount()))
                  .toList());
    }
  }

  /**
   * @param source ESTIMATE while Crewbid's estimate applies, MEMBER once the member set it
   */
  public record Connects(int value, String source, int estimate, String basis) {}

  public record RuleView(UUID id, String name, String kind, Integer position) {}

  public record Approvers(List<AgencyRole> roles, List<Person> people) {}

  public record DecisionView(
      int round, Person approver, String decision, @Nullable String comment, Instant decidedAt) {}

  public record Approval(
      String state,
      int round,
      boolean autoApproved,
      @Nullable RuleView rule,
      String reason,
      int approvalsNeeded,
      int approvalsGiven,
      @Nullable Approvers approvers,
      List<DecisionView> decisions,
      Instant openedAt,
      long version) {

    static Approval of(ApprovalRequest request, java.util.function.Function<UserId, String> names) {
      ApprovalRule rule = request.rule();
      return new Approval(
          request.state().name(),
          request.round(),
          request.autoApproved(),
          rule == null
              ? null
              : new RuleView(rule.id(), rule.name(), rule.kind().name(), request.rulePosition()),
          request.reason(),
          request.approvalsNeeded(),
          request.approvalsGiven(),
          rule == null
              ? null
              : new Approvers(
                  List.copyOf(rule.approvers().roles()),
                  rule.approvers().people().stream()
                      .map(p -> new Person(p.value(), names.apply(p)))
                      .toList()),
          request.decisions().stream()
              .map(
                  d ->
                      new DecisionView(
                          d.round(),
                          new Person(d.approver().value(), d.approverName()),
                          d.decision().name(),
                          d.comment(),
                          d.decidedAt()))
              .toList(),
          request.openedAt(),
          request.version());
    }
  }

  public record Attempt(
      Instant at, Person by, String outcome, @Nullable URI problemType, @Nullable String error) {}

  /**
   * @param apiSubmission AVAILABLE, NOT_PERMITTED (Upwork refused this agency's key the permission
   *     last time), NOT_LINKED (the author's Upwork link does not work) or DISABLED (by
   *     configuration)
   */
  public record Sending(
      String apiSubmission,
      @Nullable SendVia via,
      @Nullable Instant sentAt,
      @Nullable Person sentBy,
      @Nullable String upworkProposalId,
      @Nullable Attempt lastAttempt) {}

  public record Outcome(
      @Nullable String upworkStatus,
      @Nullable Instant lastSyncedAt,
      @Nullable Instant changedAt,
      @Nullable String source) {}

  /**
   * A colleague's active proposal for the same job; {@code proposalId} only when the reader may
   * open it.
   */
  public record Collision(
      UUID memberId,
      String memberName,
      ProposalState state,
      Instant since,
      @Nullable UUID proposalId) {}

  public record HistoryEntry(
      UUID id,
      Instant at,
      @Nullable Person actor,
      String source,
      String action,
      @Nullable ProposalState from,
      ProposalState to,
      @Nullable String note) {}

  public record Detail(
      UUID id,
      ProposalState state,
      long version,
      Person author,
      Job job,
      @Nullable Template template,
      String coverLetter,
      List<String> missingVariables,
      List<AnswerView> answers,
      @Nullable BidView bid,
      @Nullable EstimatedDuration estimatedDuration,
      Connects connects,
      @Nullable Approval approval,
      boolean mayDecide,
      List<ProposalAction> actions,
      Sending sending,
      Outcome outcome,
      List<Collision> collisions,
      List<HistoryEntry> history,
      Instant createdAt,
      Instant updatedAt) {}

  public record JobSummary(
      String id,
      String title,
      @Nullable String clientName,
      @Nullable String category,
      JobType type) {}

  public record BidSummary(JobType type, Money amount) {}

  public record ApprovalSummary(
      String state, int approvalsNeeded, int approvalsGiven, @Nullable String ruleName) {}

  public record Summary(
      UUID id,
      ProposalState state,
      long version,
      Person author,
      JobSummary job,
      @Nullable BidSummary bid,
      int connects,
      @Nullable ApprovalSummary approval,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant sentAt) {}

  /** What the job page shows before a draft: the member's own proposal and colleagues'. */
  public record Collisions(String jobId, @Nullable Mine mine, List<Collision> colleagues) {}

  public record Mine(UUID proposalId, ProposalState state) {}

  public record Comment(
      UUID id,
      Person author,
      String text,
      @Nullable String decision,
      @Nullable Integer round,
      Instant createdAt) {

    static Comment of(ThreadEntry entry) {
      return new Comment(
          entry.id(),
          new Person(entry.author().value(), entry.authorName()),
          entry.text(),
          entry.decision() == null ? null : entry.decision().name(),
          entry.round(),
          entry.createdAt());
    }
  }
}
