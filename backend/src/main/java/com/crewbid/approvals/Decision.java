package com.crewbid.approvals;

/** What an approver decides. */
public enum Decision {
  APPROVE,
  REJECT,
  /** Needs a comment saying what to change. */
  REQUEST_CHANGES
}
