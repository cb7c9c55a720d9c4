package com.crewbid.approvals;

/** Where an approval request stands in its current round. */
public enum ApprovalState {
  /** Waiting for approvers' decisions. */
  PENDING,
  /** Enough approvals, or no rule applied (approved automatically). */
  APPROVED,
  /** An approver rejected it; final. */
  REJECTED,
  /** An approver asked for changes; the author edits and resubmits (a new round). */
  CHANGES_REQUESTED,
  /** The author took it back; resubmitting starts a new round. */
  WITHDRAWN
}
