package com.crewbid.upwork.client;

/**
 * The member's Upwork authorization is gone (never given, revoked, or its refresh token expired:
 * {@code invalid_grant}). Nothing works for them until they link their account again. For calls
 * made as an {@link com.crewbid.upwork.UpworkCaller} the member's link is already marked as needing
 * a re-link (and the member and the owners told) when this is thrown.
 */
public final class UpworkRelinkRequired extends UpworkException {

  private final String upworkUserId;
  private final String reason;

  UpworkRelinkRequired(String upworkUserId, String reason, Throwable cause) {
    super("Upwork user " + upworkUserId + " must link their account again: " + reason, cause);
    this.upworkUserId = upworkUserId;
    this.reason = reason;
  }

  public String upworkUserId() {
    return upworkUserId;
  }

  /** Why, in words safe to show (never a token). */
  public String reason() {
    return reason;
  }

  @Override
  public boolean transientFailure() {
    return false;
  }
}
