package com.crewbid.proposals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands, from the first draft to the client's decision. {@link #SENDING} and
 * {@link #SEND_UNKNOWN} exist because sending goes to Upwork and spends Connects: a click claims
 * the proposal before the call (so two clicks send once), and a call whose answer was lost is never
 * repeated by itself but checked on Upwork.
 */
public enum ProposalState {
  DRAFT,
  PENDING_APPROVAL,
  CHANGES_REQUESTED,
  APPROVED,
  /** An approver rejected it; final. */
  REJECTED,
  /** A person clicked "Send via Upwork" and the call is running. */
  SENDING,
  /** The call left but its answer was lost: check on Upwork whether it arrived. */
  SEND_UNKNOWN,
  SENT,
  VIEWED,
  REPLIED,
  INTERVIEW,
  HIRED,
  DECLINED,
  WITHDRAWN;

  /** States that free the job for a new proposal of the same member. */
  public static final Set<ProposalState> INACTIVE = EnumSet.of(WITHDRAWN, REJECTED, DECLINED);

  /** States a proposal is in after it reached Upwork, as the client moves it along. */
  public static final Set<ProposalState> OUTCOMES =
      EnumSet.of(SENT, VIEWED, REPLIED, INTERVIEW, HIRED, DECLINED, WITHDRAWN);

  /** Outcomes the client may still move on from (the outcome sync looks at these). */
  public static final Set<ProposalState> AWAITING_CLIENT =
      EnumSet.of(SENT, VIEWED, REPLIED, INTERVIEW);

  /** States whose content its author may still edit. */
  public static final Set<ProposalState> EDITABLE =
      EnumSet.of(DRAFT, PENDING_APPROVAL, CHANGES_REQUESTED, APPROVED);

  public boolean active() {
    return !INACTIVE.contains(this);
  }

  /**
   * The order of outcomes as the client moves a proposal along; the sync never moves one back.
   * Final outcomes share the last rank.
   */
  public int outcomeRank() {
    return switch (this) {
      case SENT -> 1;
      case VIEWED -> 2;
      case REPLIED -> 3;
      case INTERVIEW -> 4;
      case HIRED, DECLINED, WITHDRAWN -> 5;
      default -> 0;
    };
  }
}
