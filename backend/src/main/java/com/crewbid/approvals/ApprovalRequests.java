package com.crewbid.approvals;

import com.crewbid.approvals.internal.ApprovalRequestRecord;
import com.crewbid.approvals.internal.ApprovalRequestRecords;
import com.crewbid.approvals.internal.RuleDocuments;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval of the subjects members submit (proposals), through the agency's policy. The proposals
 * module calls this after its own checks (that the caller may act on the proposal); this checks who
 * may decide, counts approvals, keeps the history of rounds, audits every step and announces it
 * ({@link ApprovalRequested}, {@link ApprovalDecided}, {@link ApprovalWithdrawn}).
 *
 * <p>States and who moves them:
 *
 * <pre>
 * open ──► PENDING ──approvals enough──► APPROVED ──reassess: rule touched──► PENDING (new round)
 *    │        │──reject──► REJECTED (final)
 *    │        │──request changes──► CHANGES_REQUESTED ──resubmit──► PENDING (new round)
 *    │        │──resubmit (edited after a decision in the round)──► PENDING (new round)
 *    │        └──reevaluate (facts edited, nobody decided): same rule and approvers ──► PENDING
 *    │                                   (same round, facts refreshed), else a new round
 *    └──no rule applies──► APPROVED (automatically; the reason is audited)
 * PENDING, CHANGES_REQUESTED, APPROVED ──withdraw──► WITHDRAWN ──resubmit──► new round
 * </pre>
 *
 * Concurrent decisions are safe: each decision moves the request's version (optimistic lock) and
 * the database keeps one decision per approver and round, so of two clicks at the same moment one
 * counts and the other is refused (412 stale-version or 409 already-decided), never both or none.
 */
@Service
public class ApprovalRequests {

  private final ApprovalRequestRecords requests;
  private final ApprovalPolicies policies;
  private final ApprovalComments comments;
  private final RuleDocuments documents;
  private final AgencyMembers members;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ApprovalRequests(
      ApprovalRequestRecords requests,
      ApprovalPolicies policies,
      ApprovalComments comments,
      RuleDocuments documents,
      AgencyMembers members,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.requests = requests;
    this.policies = policies;
    this.comments = comments;
    this.documents = documents;
    this.members = members;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Submits a subject for approval: the first enabled rule of the policy that matches applies and
   * is kept as a snapshot with the request; with no rule matching, the subject is approved at once
   * ({@link ApprovalRequest#autoApproved()}) and the audit log says so ({@code
   * approval.auto-approved}, with {@link Evaluation#NO_RULE_MATCHED}). The caller need not audit
   * either outcome again.
   *
   * @throws ProblemException approval-state (409) when the subject has a request already (use
   *     {@link #resubmit}); no-eligible-approvers (422) when too few members other than the author
   *     may approve under the rule (nothing is stored)
   */
  @Transactional
  public ApprovalRequest open(ProposalFacts facts) {
    if (requests.findBySubjectId(facts.subjectId()).isPresent()) {
      throw new ProblemException(
          ProblemType.APPROVAL_STATE,
          "This proposal was submitted for approval already; resubmit it instead.");
    }
    Evaluation evaluation = evaluate(facts);
    ApprovalRequestRecord record =
        ApprovalRequestRecord.open(
            facts, evaluation, documents.writeRule(evaluation.rule()), now());
    try {
      requests.saveAndFlush(record);
    } catch (DataIntegrityViolationException e) {
      throw new ProblemException(
          ProblemType.APPROVAL_STATE, "This proposal was submitted for approval just now.");
    }
    announceRound(record, evaluation, "approval.requested");
    return view(record);
  }

  /**
   * Starts a new round on edited facts after changes were requested (or after an edit while
   * pending, or after withdrawing). Earlier decisions stay in the history but count no more.
   *
   * @throws ProblemException approval-state (409) when approved, rejected or never submitted;
   *     no-eligible-approvers (422)
   */
  @Transactional
  public ApprovalRequest resubmit(UUID subjectId, ProposalFacts facts) {
    requireSame(subjectId, facts);
    ApprovalRequestRecord record = load(subjectId);
    if (!record.canResubmit()) {
      throw new ProblemException(
          ProblemType.APPROVAL_STATE,
          switch (record.state()) {
            case APPROVED -> "This proposal is approved; an edit is reassessed, not resubmitted.";
            case REJECTED -> "This proposal was rejected; it cannot be submitted again.";
            default -> "This proposal cannot be resubmitted now (" + record.state() + ").";
          });
    }
    Evaluation evaluation = evaluate(facts);
    record.startRound(facts, evaluation, documents.writeRule(evaluation.rule()), now());
    flush();
    announceRound(record, evaluation, "approval.resubmitted");
    return view(record);
  }

  /**
   * Evaluates the policy again for a pending subject whose facts an edit changed, while nobody has
   * decided in its round. When the same rule (by id) still applies with the same approvers and the
   * same number of approvals, the round stays: it takes the edited facts and the rule as it is now,
   * and nobody is asked again ({@link Reevaluation#newRound()} false; audited as {@code
   * approval.refreshed}). Otherwise a new round starts on the edited facts (or the subject is
   * approved automatically when no rule applies any more), as {@link #resubmit} does.
   *
   * @throws ProblemException approval-state (409) when not pending or someone decided in the round
   *     (use {@link #resubmit}); no-eligible-approvers (422) for a new round nobody could approve
   */
  @Transactional
  public Reevaluation reevaluate(UUID subjectId, ProposalFacts facts) {
    requireSame(subjectId, facts);
    ApprovalRequestRecord record = load(subjectId);
    ApprovalRule current = documents.readRule(record.ruleJson());
    if (record.state() != ApprovalState.PENDING
        || current == null
        || !record.toView(current).currentDecisions().isEmpty()) {
      throw new ProblemException(
          ProblemType.APPROVAL_STATE,
          "Only a proposal waiting for approval that nobody decided on yet is evaluated again.");
    }
    Evaluation now = policies.evaluate(facts);
    if (now.requiresApproval()
        && now.rule().id().equals(current.id())
        && now.rule().approvers().equals(current.approvers())
        && now.rule().approvalsNeeded() == current.approvalsNeeded()) {
      record.refreshRound(facts, now, documents.writeRule(now.rule()), now());
      flush();
      String kept =
          "Rule “"
              + now.rule().name()
              + "” still applies with the same approvers; the round stays.";
      Map<String, Object> details = roundDetails(record, now.rule());
      details.put("outcome", kept);
      audit.record("approval.refreshed", subjectId.toString(), AuditOutcome.SUCCESS, details);
      return new Reevaluation(false, kept, view(record, now.rule()));
    }
    if (now.requiresApproval()) {
      requireApprovers(now, facts);
    }
    String why =
        !now.requiresApproval()
            ? "No rule applies to the edited proposal any more."
            : now.rule().id().equals(current.id())
                ? "Rule “" + now.rule().name() + "” names other approvers now."
                : "Another rule applies to the edited proposal now.";
    record.startRound(facts, now, documents.writeRule(now.rule()), now());
    flush();
    String full = why + " " + now.reason();
    announceRound(record, now, "approval.resubmitted", Map.of("because", full));
    return new Reevaluation(true, full, view(record, now.rule()));
  }

  /**
   * Decides on a subject in its current round. An approval that brings the count to the rule's need
   * approves the subject; one rejection rejects it; a request for changes (with a comment) sends it
   * back to the author. A comment given with a decision joins the subject's thread.
   *
   * @param expectedVersion the request's version the approver saw
   * @throws ApprovalRefused self-approval (403) for the author; not-an-approver (403) for anyone
   *     the rule does not name (by role or in person) or who is no longer a member; both audited
   * @throws ProblemException already-decided (409) when the round is over or this approver decided
   *     in it; stale-version (412) when the request changed since {@code expectedVersion};
   *     validation (400, field {@code comment}) when a request for changes has no comment
   */
  @Transactional(noRollbackFor = ApprovalRefused.class)
  public ApprovalRequest decide(
      UUID subjectId,
      CurrentMember approver,
      Decision decision,
      String comment,
      long expectedVersion) {
    Objects.requireNonNull(decision, "decision");
    String text =
        decision == Decision.REQUEST_CHANGES || (comment != null && !comment.isBlank())
            ? ApprovalComments.requireText(comment, "comment", "Say what should change.")
            : null;
    ApprovalRequestRecord record = load(subjectId);
    ApprovalRule rule = documents.readRule(record.ruleJson());
    AgencyMembers.Member member = requireMayDecide(record, rule, approver, decision);
    if (record.version() != expectedVersion) {
      throw staleDecision();
    }
    if (record.hasDecided(member.userId())) {
      throw new ProblemException(
          ProblemType.ALREADY_DECIDED, "You have decided on this proposal in this round already.");
    }
    Instant now = now();
    record.decide(member.userId(), member.name(), decision, text, now);
    try {
      requests.flush();
    } catch (OptimisticLockingFailureException e) {
      throw staleDecision();
    } catch (DataIntegrityViolationException e) {
      throw new ProblemException(
          ProblemType.ALREADY_DECIDED, "You have decided on this proposal in this round already.");
    }
    if (text != null) {
      comments.addDecision(
          subjectId, member.userId(), member.name(), text, decision, record.round(), now);
    }
    Map<String, Object> details = roundDetails(record, rule);
    details.put("decider", member.userId().toString());
    details.put("approvalsGiven", record.approvalsGiven());
    details.put("state", record.state().name());
    details.put("withComment", text != null);
    audit.record(
        "approval."
            + switch (decision) {
              case APPROVE -> "approved";
              case REJECT -> "rejected";
              case REQUEST_CHANGES -> "changes-requested";
            },
        subjectId.toString(),
        AuditOutcome.SUCCESS,
        details);
    events.publishEvent(
        new ApprovalDecided(
            tenant(),
            subjectId,
            record.id(),
            record.round(),
            record.state(),
            decision,
            member.userId(),
            record.author()));
    return view(record, rule);
  }

  /**
   * Whether an approved subject must be approved again after an edit. The policy is evaluated on
   * the new facts, and the subject goes back to pending (a new round) when
   *
   * <ul>
   *   <li>a rule now applies and it is not the rule that approved it (by rule id: editing a rule's
   *       parameters keeps its id), or it was approved automatically; or
   *   <li>the same rule applies and the edit touches what it looks at: the bid for BID_AT_LEAST,
   *       the Connects for CONNECTS_AT_LEAST, the category for CATEGORIES, the client for
   *       NEW_CLIENT, the author for FIRST_PROPOSALS, and any content change or fact change for
   *       ALWAYS.
   * </ul>
   *
   * When no rule applies to the new facts, the subject stays approved. The facts before are the
   * ones stored with the approval (or with the last reassessment that kept it).
   *
   * @param changedContent the content fields the edit changed, e.g. {@code coverLetter}, {@code
   *     answers}, {@code bid}, {@code duration}; facts the policy reads are compared here too
   * @throws ProblemException approval-state (409) when the subject is not approved;
   *     no-eligible-approvers (422) when it must go back but nobody else could approve it
   */
  @Transactional
  public Reassessment reassess(UUID subjectId, ProposalFacts facts, Set<String> changedContent) {
    requireSame(subjectId, facts);
    ApprovalRequestRecord record = load(subjectId);
    if (record.state() != ApprovalState.APPROVED) {
      throw new ProblemException(
          ProblemType.APPROVAL_STATE,
          "Only an approved proposal is reassessed after an edit (this one is "
              + record.state()
              + ").");
    }
    ProposalFacts before = record.facts();
    ApprovalRule approvedUnder = documents.readRule(record.ruleJson());
    Evaluation now = policies.evaluate(facts);
    Optional<String> reason = Reapproval.needed(approvedUnder, now, before, facts, changedContent);
    if (reason.isEmpty()) {
      String kept =
          !now.requiresApproval()
              ? "No rule applies to the edited proposal, so it stays approved."
              : "The edit does not touch "
                  + approvedUnder.condition().looksAt()
                  + ", which rule “"
                  + approvedUnder.name()
                  + "” looks at, so the approval stands.";
      record.refreshFacts(facts, now());
      flush();
      Map<String, Object> details = roundDetails(record, approvedUnder);
      details.put("changed", Set.copyOf(changedContent));
      details.put("outcome", kept);
      audit.record("approval.reassessed", subjectId.toString(), AuditOutcome.SUCCESS, details);
      return new Reassessment(false, kept, view(record, approvedUnder));
    }
    if (now.requiresApproval()) {
      requireApprovers(now, facts);
    }
    record.startRound(facts, now, documents.writeRule(now.rule()), now());
    flush();
    String full = reason.get() + " " + now.reason();
    announceRound(record, now, "approval.reopened", Map.of("because", full));
    return new Reassessment(true, full, view(record, now.rule()));
  }

  /**
   * Takes a subject out of approval (its author withdrew it); it leaves the approvers' queues.
   *
   * @throws ProblemException approval-state (409) when rejected or withdrawn already
   */
  @Transactional
  public ApprovalRequest withdraw(UUID subjectId) {
    ApprovalRequestRecord record = load(subjectId);
    if (!record.canWithdraw()) {
      throw new ProblemException(
          ProblemType.APPROVAL_STATE,
          "This proposal cannot be withdrawn from approval (" + record.state() + ").");
    }
    ApprovalState from = record.state();
    record.withdraw(now());
    flush();
    ApprovalRule rule = documents.readRule(record.ruleJson());
    Map<String, Object> details = roundDetails(record, rule);
    details.put("from", from.name());
    audit.record("approval.withdrawn", subjectId.toString(), AuditOutcome.SUCCESS, details);
    events.publishEvent(new ApprovalWithdrawn(tenant(), subjectId, record.id(), record.round()));
    return view(record, rule);
  }

  @Transactional(readOnly = true)
  public Optional<ApprovalRequest> find(UUID subjectId) {
    return requests.findBySubjectId(subjectId).map(this::view);
  }

  /**
   * The approval queue of a member: pending requests they may decide on now, oldest first. Their
   * own subjects and those they decided on in this round are left out.
   */
  @Transactional(readOnly = true)
  public List<ApprovalRequest> pendingFor(CurrentMember member) {
    Optional<AgencyMembers.Member> me = members.find(tenant(), member.userId());
    if (me.isEmpty()) {
      return List.of();
    }
    return requests.findWithDecisionsByState(ApprovalState.PENDING).stream()
        .filter(r -> !r.author().equals(member.userId()) && !r.hasDecided(member.userId()))
        .map(r -> view(r, documents.readRule(r.ruleJson())))
        .filter(r -> r.rule().approvers().admit(member.userId(), me.get().role()))
        .toList();
  }

  /** Whether the member may decide on the subject now (to show or hide the decision buttons). */
  @Transactional(readOnly = true)
  public boolean mayDecide(UUID subjectId, CurrentMember member) {
    Optional<ApprovalRequestRecord> record = requests.findBySubjectId(subjectId);
    if (record.isEmpty()
        || record.get().state() != ApprovalState.PENDING
        || record.get().author().equals(member.userId())
        || record.get().hasDecided(member.userId())) {
      return false;
    }
    ApprovalRule rule = documents.readRule(record.get().ruleJson());
    return members
        .find(tenant(), member.userId())
        .filter(m -> rule.approvers().admit(m.userId(), m.role()))
        .isPresent();
  }

  private AgencyMembers.Member requireMayDecide(
      ApprovalRequestRecord record, ApprovalRule rule, CurrentMember approver, Decision decision) {
    if (record.author().equals(approver.userId())) {
      throw refused(
          record,
          approver,
          decision,
          ProblemType.SELF_APPROVAL,
          "You cannot decide on your own proposal; another approver has to.");
    }
    if (record.state() != ApprovalState.PENDING) {
      throw new ProblemException(
          ProblemType.ALREADY_DECIDED,
          "This proposal is no longer waiting for approval (" + record.state() + ").");
    }
    Optional<AgencyMembers.Member> member =
        approver.tenantId().equals(tenant())
            ? members.find(tenant(), approver.userId())
            : Optional.empty();
    if (member.isEmpty() || !rule.approvers().admit(member.get().userId(), member.get().role())) {
      throw refused(
          record,
          approver,
          decision,
          ProblemType.NOT_AN_APPROVER,
          "Rule “" + rule.name() + "” does not name you as an approver of this proposal.");
    }
    return member.get();
  }

  private ApprovalRefused refused(
      ApprovalRequestRecord record,
      CurrentMember approver,
      Decision decision,
      ProblemType type,
      String detail) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("subjectId", record.subjectId().toString());
    details.put("round", record.round());
    details.put("decider", approver.userId().toString());
    details.put("decision", decision.name());
    details.put("refusal", type.name());
    audit.record(
        "approval.decision-refused", record.subjectId().toString(), AuditOutcome.DENIED, details);
    return new ApprovalRefused(type, detail);
  }

  private Evaluation evaluate(ProposalFacts facts) {
    Evaluation evaluation = policies.evaluate(facts);
    if (evaluation.requiresApproval()) {
      requireApprovers(evaluation, facts);
    }
    return evaluation;
  }

  private void requireApprovers(Evaluation evaluation, ProposalFacts facts) {
    ApprovalRule rule = evaluation.rule();
    long available = rule.approvers().countAmong(members.of(tenant()), facts.author());
    if (available < rule.approvalsNeeded()) {
      throw new ProblemException(
          ProblemType.NO_ELIGIBLE_APPROVERS,
          evaluation.reason()
              + " It needs "
              + rule.approvalsNeeded()
              + (rule.approvalsNeeded() == 1 ? " approval" : " approvals")
              + ", but only "
              + available
              + " current "
              + (available == 1 ? "member" : "members")
              + " other than the author may approve under it. Ask an owner to invite an approver"
              + " or change the approval policy.");
    }
  }

  private void announceRound(ApprovalRequestRecord record, Evaluation evaluation, String action) {
    announceRound(record, evaluation, action, Map.of());
  }

  private void announceRound(
      ApprovalRequestRecord record,
      Evaluation evaluation,
      String action,
      Map<String, Object> extra) {
    Map<String, Object> details = roundDetails(record, evaluation.rule());
    details.putAll(extra);
    if (!evaluation.requiresApproval()) {
      audit.record(
          "approval.auto-approved", record.subjectId().toString(), AuditOutcome.SUCCESS, details);
      return;
    }
    audit.record(action, record.subjectId().toString(), AuditOutcome.SUCCESS, details);
    events.publishEvent(
        new ApprovalRequested(
            tenant(),
            record.subjectId(),
            record.id(),
            record.round(),
            record.author(),
            evaluation.rule().name(),
            evaluation.rule().approvalsNeeded()));
  }

  private static Map<String, Object> roundDetails(ApprovalRequestRecord record, ApprovalRule rule) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("subjectId", record.subjectId().toString());
    details.put("round", record.round());
    details.put("rule", rule == null ? null : rule.name());
    details.put("ruleKind", rule == null ? null : rule.kind().name());
    details.put("approvalsNeeded", record.approvalsNeeded());
    details.put("reason", record.reason());
    return details;
  }

  /** Writes the changes of a loaded request now, so that a racing change fails here. */
  private void flush() {
    try {
      requests.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "The approval of this proposal changed at the same moment. Reload and try again.");
    }
  }

  private ApprovalRequestRecord load(UUID subjectId) {
    return requests
        .findBySubjectId(subjectId)
        .orElseThrow(() -> ProblemException.notFound("The approval request of this proposal"));
  }

  private ApprovalRequest view(ApprovalRequestRecord record) {
    return view(record, documents.readRule(record.ruleJson()));
  }

  private static ApprovalRequest view(ApprovalRequestRecord record, ApprovalRule rule) {
    return record.toView(rule);
  }

  private static ProblemException staleDecision() {
    return new ProblemException(
        ProblemType.STALE_VERSION,
        "The approval of this proposal changed since you opened it (another decision or an edit)."
            + " Reload and decide again.");
  }

  private static void requireSame(UUID subjectId, ProposalFacts facts) {
    if (!subjectId.equals(facts.subjectId())) {
      throw new IllegalArgumentException("The facts are of another subject");
    }
  }

  private static TenantId tenant() {
    return TenantContext.require("ApprovalRequests").id();
  }

  /** Now, as precisely as the database keeps it, so views before and after a reload agree. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
