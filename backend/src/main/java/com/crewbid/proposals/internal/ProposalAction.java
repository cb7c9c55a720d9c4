package com.crewbid.proposals.internal;

import static com.crewbid.proposals.ProposalState.APPROVED;
import static com.crewbid.proposals.ProposalState.CHANGES_REQUESTED;
import static com.crewbid.proposals.ProposalState.DRAFT;
import static com.crewbid.proposals.ProposalState.PENDING_APPROVAL;
import static com.crewbid.proposals.ProposalState.SEND_UNKNOWN;

import com.crewbid.proposals.ProposalState;
import java.util.EnumSet;
import java.util.Set;

/**
 * What people do to a proposal, and in which states each is possible at all (who may do it is
 * {@link ProposalAccess}'s question).
 */
public enum ProposalAction {
  EDIT(ProposalState.EDITABLE),
  SUBMIT(EnumSet.of(DRAFT, CHANGES_REQUESTED)),
  DISCARD(EnumSet.of(DRAFT)),
  WITHDRAW(EnumSet.of(DRAFT, PENDING_APPROVAL, CHANGES_REQUESTED, APPROVED)),
  APPROVE(EnumSet.of(PENDING_APPROVAL)),
  REJECT(EnumSet.of(PENDING_APPROVAL)),
  REQUEST_CHANGES(EnumSet.of(PENDING_APPROVAL)),
  SEND(EnumSet.of(APPROVED)),
  MARK_SENT(EnumSet.of(APPROVED, SEND_UNKNOWN)),
  MARK_NOT_SENT(EnumSet.of(SEND_UNKNOWN)),
  CHECK_UPWORK(
      EnumSet.of(
          SEND_UNKNOWN,
          ProposalState.SENT,
          ProposalState.VIEWED,
          ProposalState.REPLIED,
          ProposalState.INTERVIEW)),
  /** Only once sent: a proposal withdrawn before sending has no outcome to correct. */
  CORRECT_OUTCOME(ProposalState.OUTCOMES),
  COMMENT(EnumSet.allOf(ProposalState.class));

  private final Set<ProposalState> from;

  ProposalAction(Set<ProposalState> from) {
    this.from = Set.copyOf(from);
  }

  public boolean possibleIn(ProposalState state) {
    return from.contains(state);
  }

  /** The word for it in problem details ("submit for approval"). */
  String words() {
    return switch (this) {
      case EDIT -> "edit";
      case SUBMIT -> "submit for approval";
      case DISCARD -> "discard";
      case WITHDRAW -> "withdraw";
      case APPROVE -> "approve";
      case REJECT -> "reject";
      case REQUEST_CHANGES -> "request changes on";
      case SEND -> "send";
      case MARK_SENT -> "mark as sent";
      case MARK_NOT_SENT -> "mark as not sent";
      case CHECK_UPWORK -> "check on Upwork";
      case CORRECT_OUTCOME -> "correct the outcome of";
      case COMMENT -> "comment on";
    };
  }
}
