package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalComments;
import com.crewbid.approvals.ApprovalRefused;
import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalRequests;
import com.crewbid.approvals.ApprovalState;
import com.crewbid.approvals.Decision;
import com.crewbid.approvals.ThreadEntry;
import com.crewbid.identity.CurrentMember;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.TemplateUsage;
import com.crewbid.proposals.internal.ProposalHistoryRecord.Source;
import com.crewbid.proposals.internal.ProposalViews.Detail;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval workflow of proposals, and what people record by hand: submitting for approval
 * (through the agency's policy; approved at once when no rule applies), approvers' decisions,
 * withdrawing, comments, and corrections of an outcome. Each step is refused unless the proposal's
 * state allows it (409 proposal-state) and the member may take it; nothing changes then.
 */
@Service
public class ProposalWorkflow {

  static final int MAX_NOTE = 2000;

  private final ProposalAccess access;
  private final ProposalReader reader;
  private final ProposalTimeline timeline;
  private final ProposalNotices notices;
  private final PolicyFacts facts;
  private final ApprovalRequests approvals;
  private final ApprovalComments comments;
  private final TemplateUsage usage;
  private final ProposalDrafting drafting;
  private final ProposalChangeSignals signals;
  private final Clock clock;

  ProposalWorkflow(
      ProposalAccess access,
      ProposalReader reader,
      ProposalTimeline timeline,
      ProposalNotices notices,
      PolicyFacts facts,
      ApprovalRequests approvals,
      ApprovalComments comments,
      TemplateUsage usage,
      ProposalDrafting drafting,
      ProposalChangeSignals signals,
      Clock clock) {
    this.access = access;
    this.reader = reader;
    this.timeline = timeline;
    this.notices = notices;
    this.facts = facts;
    this.approvals = approvals;
    this.comments = comments;
    this.usage = usage;
    this.drafting = drafting;
    this.signals = signals;
    this.clock = clock;
  }

  /**
   * Submits a draft (or a proposal whose changes were requested) for approval: pending, or approved
   * at once when no rule of the policy applies.
   *
   * @throws ProblemException proposal-incomplete (422); no-eligible-approvers (422); proposal-state
   *     (409); stale-version (412)
   */
  @Transactional
  public Detail submit(UUID id, long expectedVersion, CurrentMember member) {
    ProposalRecord p = access.authored(id, member, ProposalAction.SUBMIT);
    ProposalDrafting.requireVersion(p, expectedVersion);
    p.require(ProposalAction.SUBMIT);
    List<ProblemException.FieldProblem> missing = p.missing();
    if (!missing.isEmpty()) {
      throw ProposalProblems.incomplete(ProposalAction.SUBMIT, p.state(), missing);
    }
    boolean first = approvals.find(p.id()).isEmpty();
    signals.beforeChange(p);
    ApprovalRequest request =
        first ? approvals.open(facts.of(p)) : approvals.resubmit(p.id(), facts.of(p));
    Actor author = access.actor(member);
    Instant now = now();
    if (request.state() == ApprovalState.APPROVED) {
      ProposalState from = p.moveTo(ProposalAction.SUBMIT, ProposalState.APPROVED, now);
      timeline.approvalStep(
          p, "auto-approved", from, author, Source.APPROVAL, request.reason(), now);
    } else {
      ProposalState from = p.moveTo(ProposalAction.SUBMIT, ProposalState.PENDING_APPROVAL, now);
      timeline.approvalStep(
          p,
          first ? "submitted" : "resubmitted",
          from,
          author,
          Source.PERSON,
          request.reason(),
          now);
      notices.awaitingApproval(p, request, member.userId());
    }
    drafting.flush(p);
    return reader.detail(p, member);
  }

  /**
   * An approver's decision on a proposal waiting for approval, on the version they read. The
   * refusal of someone the rule does not name (or the author) is audited and stays so.
   *
   * @throws ApprovalRefused not-an-approver / self-approval (403)
   * @throws ProblemException validation (400, field comment) when rejecting or requesting changes
   *     without a comment; already-decided (409); proposal-state (409); stale-version (412)
   */
  @Transactional(noRollbackFor = ApprovalRefused.class)
  public Detail decide(
      UUID id,
      long expectedVersion,
      Decision decision,
      @Nullable String comment,
      CurrentMember member) {
    ProposalAction action =
        switch (decision) {
          case APPROVE -> ProposalAction.APPROVE;
          case REJECT -> ProposalAction.REJECT;
          case REQUEST_CHANGES -> ProposalAction.REQUEST_CHANGES;
        };
    ProposalRecord p = access.readable(id, member);
    p.require(action);
    ProposalDrafting.requireVersion(p, expectedVersion);
    if (decision != Decision.APPROVE && (comment == null || comment.isBlank())) {
      throw ProposalProblems.invalid(
          "comment",
          decision == Decision.REJECT ? "Say why you reject it." : "Say what should change.");
    }
    ApprovalRequest before =
        approvals.find(p.id()).orElseThrow(() -> new IllegalStateException("no approval request"));
    signals.beforeChange(p);
    ApprovalRequest after = approvals.decide(p.id(), member, decision, comment, before.version());
    Actor approver = access.actor(member);
    Instant now = now();
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    switch (after.state()) {
      case PENDING -> {
        p.touch(now);
        timeline.approvalStep(
            p,
            "approval-given",
            p.state(),
            approver,
            Source.APPROVAL,
            after.approvalsGiven() + " of " + after.approvalsNeeded() + " approvals",
            now);
      }
      case APPROVED -> follow(p, ProposalState.APPROVED, "approved", approver, note, now);
      case CHANGES_REQUESTED ->
          follow(p, ProposalState.CHANGES_REQUESTED, "changes-requested", approver, note, now);
      case REJECTED -> follow(p, ProposalState.REJECTED, "rejected", approver, note, now);
      case WITHDRAWN -> throw new IllegalStateException("a decision does not withdraw");
    }
    notices.decided(p, decision, p.state(), member.userId());
    drafting.flush(p);
    return reader.detail(p, member);
  }

  private void follow(
      ProposalRecord p,
      ProposalState to,
      String action,
      Actor approver,
      @Nullable String note,
      Instant now) {
    ProposalState from = p.follow(to, now);
    timeline.approvalStep(p, action, from, approver, Source.APPROVAL, note, now);
  }

  /**
   * Withdraws a proposal before it was sent (its author, an owner or a manager); it leaves the
   * approvers' queues and frees the job for a new proposal of the author.
   */
  @Transactional
  public Detail withdraw(
      UUID id, long expectedVersion, @Nullable String note, CurrentMember member) {
    ProposalRecord p = access.authoredOrManaged(id, member, ProposalAction.WITHDRAW);
    ProposalDrafting.requireVersion(p, expectedVersion);
    p.require(ProposalAction.WITHDRAW);
    String text = note(note, false);
    Optional<ApprovalRequest> request = approvals.find(p.id());
    if (request.isPresent()
        && EnumSet.of(
                ApprovalState.PENDING, ApprovalState.CHANGES_REQUESTED, ApprovalState.APPROVED)
            .contains(request.get().state())) {
      signals.beforeChange(p);
      approvals.withdraw(p.id());
    }
    Instant now = now();
    ProposalState from = p.moveTo(ProposalAction.WITHDRAW, ProposalState.WITHDRAWN, now);
    timeline.step(p, "withdrawn", from, access.actor(member), Source.PERSON, text, now);
    notices.withdrawn(p, request.orElse(null), member.userId());
    drafting.flush(p);
    return reader.detail(p, member);
  }

  /** A comment on the proposal's thread, by a member who may read it (viewers only read). */
  @Transactional
  public ProposalViews.Comment comment(UUID id, String text, CurrentMember member) {
    ProposalRecord p = access.readable(id, member);
    List<ThreadEntry> before = comments.thread(p.id());
    ThreadEntry entry = comments.comment(p.id(), member, text);
    Set<UserId> earlier = new LinkedHashSet<>();
    before.forEach(e -> earlier.add(e.author()));
    notices.commented(p, approvals.find(p.id()).orElse(null), earlier, member.userId());
    signals.changed(p, ProposalChangeSignals.Kind.COMMENT);
    return ProposalViews.Comment.of(entry);
  }

  /**
   * A person's correction of what became of a sent proposal (the sync got it wrong, or Upwork did
   * not tell), with a note saying why; audited.
   *
   * @throws ProblemException proposal-state (409) before it was sent, or for the outcome it has;
   *     validation (400) without a note or for a state that is no outcome
   */
  @Transactional
  public Detail correctOutcome(
      UUID id, long expectedVersion, ProposalState outcome, String note, CurrentMember member) {
    ProposalRecord p = access.authoredOrManaged(id, member, ProposalAction.CORRECT_OUTCOME);
    ProposalDrafting.requireVersion(p, expectedVersion);
    p.require(ProposalAction.CORRECT_OUTCOME);
    if (outcome == null || !ProposalState.OUTCOMES.contains(outcome)) {
      throw ProposalProblems.invalid("outcome", "Choose one of " + ProposalState.OUTCOMES + ".");
    }
    String text = note(note, true);
    if (outcome == p.state()) {
      throw ProposalProblems.illegal(
          ProposalAction.CORRECT_OUTCOME, p.state(), "It has that outcome already.");
    }
    Instant now = now();
    ProposalState from = p.outcome(outcome, null, "PERSON", now);
    timeline.step(p, "outcome-corrected", from, access.actor(member), Source.PERSON, text, now);
    notices.outcomeChanged(p, member.userId());
    drafting.flush(p);
    Detail detail = reader.detail(p, member);
    countOutcome(p);
    uncountCorrected(p);
    return detail;
  }

  /**
   * A person's correction takes back the counters the corrected outcome no longer supports: hired
   * when it is not hired, replied when it went back to before any reply (sent, viewed). A decline
   * or withdrawal keeps an earlier reply counted: the client may have replied first. Idempotent.
   */
  private void uncountCorrected(ProposalRecord p) {
    UUID version = p.templateVersionId();
    if (version == null) {
      return;
    }
    ProposalState state = p.state();
    if (state != ProposalState.HIRED) {
      usage.retract(TemplateUsage.Stage.HIRED, version, p.id());
    }
    if (state == ProposalState.SENT || state == ProposalState.VIEWED) {
      usage.retract(TemplateUsage.Stage.REPLIED, version, p.id());
    }
  }

  /** Template counters of a proposal's outcome (once per proposal and stage). */
  void countOutcome(ProposalRecord p) {
    UUID version = p.templateVersionId();
    if (version == null) {
      return;
    }
    ProposalState state = p.state();
    if (state == ProposalState.REPLIED
        || state == ProposalState.INTERVIEW
        || state == ProposalState.HIRED) {
      usage.recordReplied(version, p.id());
    }
    if (state == ProposalState.HIRED) {
      usage.recordHired(version, p.id());
    }
  }

  static @Nullable String note(@Nullable String note, boolean required) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      if (required) {
        throw ProposalProblems.invalid("note", "Say why (it goes into the audit log).");
      }
      return null;
    }
    if (text.length() > MAX_NOTE) {
      throw ProposalProblems.invalid("note", "At most " + MAX_NOTE + " characters.");
    }
    return text;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
