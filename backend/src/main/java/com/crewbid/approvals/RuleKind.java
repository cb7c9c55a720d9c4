package com.crewbid.approvals;

/** What a rule of an approval policy looks at. */
public enum RuleKind {
  /** Every proposal. */
  ALWAYS,
  /** A bid at or above an amount. */
  BID_AT_LEAST,
  /** A client the agency never worked with. */
  NEW_CLIENT,
  /** The author's first N proposals in the agency. */
  FIRST_PROPOSALS,
  /** Connects at or above N. */
  CONNECTS_AT_LEAST,
  /** Jobs in one of the listed Upwork categories. */
  CATEGORIES
}
