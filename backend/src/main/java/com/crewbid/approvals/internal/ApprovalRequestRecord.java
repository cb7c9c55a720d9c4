package com.crewbid.approvals.internal;

import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalRule;
import com.crewbid.approvals.ApprovalState;
import com.crewbid.approvals.Decision;
import com.crewbid.approvals.Evaluation;
import com.crewbid.approvals.ProposalFacts;
import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The approval request of one subject with its decisions: the aggregate that counts approvals and
 * moves between states. Callers check who may decide; this refuses transitions its state does not
 * allow.
 */
@Entity
@Table(name = "approval_requests")
public class ApprovalRequestRecord {

  /** States from which the author may start a new round. */
  static final Set<ApprovalState> RESUBMITTABLE =
      EnumSet.of(ApprovalState.PENDING, ApprovalState.CHANGES_REQUESTED, ApprovalState.WITHDRAWN);

  static final Set<ApprovalState> WITHDRAWABLE =
      EnumSet.of(ApprovalState.PENDING, ApprovalState.CHANGES_REQUESTED, ApprovalState.APPROVED);

  @Id private UUID id;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "author_id")
  private UUID authorId;

  @Enumerated(EnumType.STRING)
  private ApprovalState state;

  private int round;

  /** The rule of this round as JSON (a rule draft); null when no rule applied. */
  @ColumnTransformer(write = "?::jsonb")
  private String rule;

  @Column(name = "rule_position")
  private Integer rulePosition;

  @Column(name = "approvals_needed")
  private int approvalsNeeded;

  private String reason;

  @Column(name = "bid_amount")
  private BigDecimal bidAmount;

  @Column(name = "bid_currency")
  private String bidCurrency;

  private int connects;
  private String category;

  @Column(name = "new_client")
  private boolean newClient;

  @Column(name = "author_prior_proposals")
  private int authorPriorProposals;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Null until first stored, so that storing it is an insert (not a merge). */
  @Version private Long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("decidedAt, id")
  private List<ApprovalDecisionRecord> decisions = new ArrayList<>();

  protected ApprovalRequestRecord() {}

  /** Opens round 1; {@code ruleJson} is the snapshot of the evaluation's rule (null for none). */
  public static ApprovalRequestRecord open(
      ProposalFacts facts, Evaluation evaluation, String ruleJson, Instant at) {
    ApprovalRequestRecord request = new ApprovalRequestRecord();
    request.id = UUID.randomUUID();
    request.subjectId = facts.subjectId();
    request.enterRound(1, facts, evaluation, ruleJson, at);
    return request;
  }

  /** Opens the next round on new facts; earlier decisions stay, but count no more. */
  public void startRound(ProposalFacts facts, Evaluation evaluation, String ruleJson, Instant at) {
    requireSubject(facts);
    enterRound(round + 1, facts, evaluation, ruleJson, at);
  }

  private void enterRound(
      int number, ProposalFacts facts, Evaluation evaluation, String ruleJson, Instant at) {
    if ((ruleJson == null) == evaluation.requiresApproval()) {
      throw new IllegalArgumentException("A snapshot exactly when a rule applies");
    }
    round = number;
    state = evaluation.requiresApproval() ? ApprovalState.PENDING : ApprovalState.APPROVED;
    rule = ruleJson;
    rulePosition = evaluation.requiresApproval() ? evaluation.position() : null;
    approvalsNeeded = evaluation.requiresApproval() ? evaluation.rule().approvalsNeeded() : 0;
    reason = evaluation.reason();
    openedAt = at;
    takeFacts(facts, at);
  }

  /** Keeps the state and the round, on edited facts that need no new approval. */
  public void refreshFacts(ProposalFacts facts, Instant at) {
    requireSubject(facts);
    if (state != ApprovalState.APPROVED) {
      throw new IllegalStateException("Only an approved subject keeps its approval on edit");
    }
    takeFacts(facts, at);
  }

  /**
   * Keeps a pending round whose rule still applies, with its approvers, to edited facts: the round
   * takes the facts and the rule as it stands now (a snapshot again), nobody having decided yet.
   */
  public void refreshRound(
      ProposalFacts facts, Evaluation evaluation, String ruleJson, Instant at) {
    requireSubject(facts);
    if (state != ApprovalState.PENDING || decisions.stream().anyMatch(d -> d.round() == round)) {
      throw new IllegalStateException("Only a pending round nobody decided in is refreshed");
    }
    if (!evaluation.requiresApproval() || ruleJson == null) {
      throw new IllegalArgumentException("A refreshed round keeps a rule");
    }
    rule = ruleJson;
    rulePosition = evaluation.position();
    approvalsNeeded = evaluation.rule().approvalsNeeded();
    reason = evaluation.reason();
    takeFacts(facts, at);
  }

  /**
   * Records a decision of this round: a rejection or a request for changes ends the round at once;
   * approvals end it when there are enough.
   */
  public void decide(
      UserId approver, String approverName, Decision decision, String comment, Instant at) {
    if (state != ApprovalState.PENDING) {
      throw new IllegalStateException("Decided already: " + state);
    }
    if (approver.value().equals(authorId)) {
      throw new IllegalArgumentException("Nobody decides on their own subject");
    }
    if (hasDecided(approver)) {
      throw new IllegalStateException("One decision per approver and round");
    }
    if (decision == Decision.REQUEST_CHANGES && (comment == null || comment.isBlank())) {
      throw new IllegalArgumentException("Requesting changes takes a comment");
    }
    decisions.add(
        new ApprovalDecisionRecord(this, round, approver, approverName, decision, comment, at));
    state =
        switch (decision) {
          case APPROVE ->
              approvalsGiven() >= approvalsNeeded ? ApprovalState.APPROVED : ApprovalState.PENDING;
          case REJECT -> ApprovalState.REJECTED;
          case REQUEST_CHANGES -> ApprovalState.CHANGES_REQUESTED;
        };
    // Changes the row even when the state stays, so its version moves and a racing decision fails.
    updatedAt = at;
  }

  public void withdraw(Instant at) {
    if (!WITHDRAWABLE.contains(state)) {
      throw new IllegalStateException("Cannot withdraw from " + state);
    }
    state = ApprovalState.WITHDRAWN;
    updatedAt = at;
  }

  public boolean hasDecided(UserId approver) {
    return decisions.stream().anyMatch(d -> d.round() == round && d.approver().equals(approver));
  }

  public int approvalsGiven() {
    return (int)
        decisions.stream()
            .filter(d -> d.round() == round && d.decision() == Decision.APPROVE)
            .count();
  }

  public boolean canResubmit() {
    return RESUBMITTABLE.contains(state);
  }

  public boolean canWithdraw() {
    return WITHDRAWABLE.contains(state);
  }

  private void takeFacts(ProposalFacts facts, Instant at) {
    authorId = facts.author().value();
    bidAmount = facts.bid().amount();
    bidCurrency = facts.bid().currency();
    connects = facts.connects();
    category = facts.category();
    newClient = facts.newClient();
    authorPriorProposals = facts.authorPriorProposals();
    updatedAt = at;
  }

  private void requireSubject(ProposalFacts facts) {
    if (!facts.subjectId().equals(subjectId)) {
      throw new IllegalArgumentException("Facts of another subject");
    }
  }

  public ProposalFacts facts() {
    return new ProposalFacts(
        subjectId,
        UserId.of(authorId),
        new Money(bidAmount, bidCurrency.trim()),
        connects,
        category,
        newClient,
        authorPriorProposals);
  }

  public UUID id() {
    return id;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public UserId author() {
    return UserId.of(authorId);
  }

  public ApprovalState state() {
    return state;
  }

  public int round() {
    return round;
  }

  public String ruleJson() {
    return rule;
  }

  public int approvalsNeeded() {
    return approvalsNeeded;
  }

  public String reason() {
    return reason;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  /** The view of this request, given its rule snapshot read back from {@link #ruleJson()}. */
  public ApprovalRequest toView(ApprovalRule snapshot) {
    if ((snapshot == null) != (rule == null)) {
      throw new IllegalArgumentException("The snapshot of this round's rule");
    }
    return new ApprovalRequest(
        id,
        subjectId,
        author(),
        state,
        round,
        snapshot,
        rulePosition,
        reason,
        approvalsNeeded,
        approvalsGiven(),
        facts(),
        decisions.stream().map(ApprovalDecisionRecord::toView).toList(),
        openedAt,
        updatedAt,
        version());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApprovalRequestRecord that && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
