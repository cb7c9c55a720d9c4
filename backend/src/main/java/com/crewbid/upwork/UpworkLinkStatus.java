package com.crewbid.upwork;

/**
 * Where a member's link to their Upwork account stands. A member who never linked has no link at
 * all (a view without status).
 */
public enum UpworkLinkStatus {
  /** Tokens are stored and Upwork accepted them last time. */
  LINKED,
  /** Upwork no longer accepts the authorization (revoked, expired): the member must link again. */
  NEEDS_RELINK,
  /** The member unlinked; no tokens are kept. */
  UNLINKED
}
