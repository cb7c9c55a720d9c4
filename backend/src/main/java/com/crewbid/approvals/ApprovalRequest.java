package com.crewbid.approvals;

import com.crewbid.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The approval of one subject, as it stands: its current round with the rule that applies to it (a
 * snapshot, unaffected by later policy edits) and every decision of every round.
 *
 * @param rule the rule that applies in this round, as it was when the round opened; null when no
 *     rule applied and the round was approved automatically
 * @param rulePosition the rule's place in the policy then, from 1; null with no rule
 * @param reason why this rule (or none) applies, as recorded in the audit log
 * @param approvalsNeeded approvals this round takes; 0 when approved automatically
 * @param approvalsGiven approvals given in this round
 * @param facts the facts this round was evaluated on
 * @param decisions all decisions, oldest first, earlier rounds included
 * @param version the optimistic-lock version to pass back when deciding
 */
public record ApprovalRequest(
    UUID id,
    UUID subjectId,
    UserId author,
    ApprovalState state,
    int round,
    ApprovalRule rule,
    Integer rulePosition,
    String reason,
    int approvalsNeeded,
    int approvalsGiven,
    ProposalFacts facts,
    List<RecordedDecision> decisions,
    Instant openedAt,
    Instant updatedAt,
    long version) {

  /** Whether this round was approved without anyone deciding, because no rule applied. */
  public boolean autoApproved() {
    return state == ApprovalState.APPROVED && rule == null;
  }

  /** The decisions of the current round. */
  public List<RecordedDecision> currentDecisions() {
    return decisions.stream().filter(d -> d.round() == round).toList();
  }
}
