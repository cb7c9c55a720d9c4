package com.crewbid.upwork.client;

/**
 * The member's Upwork authorization is gone (never given, revoked, or its refresh token expired:
 * {@code invalid_grant}). Nothing works for them until they sign in with Upwork again; callers mark
 * the account and tell the member and the owner.
 */
public final class UpworkRelinkRequired extends UpworkException {

  private final String upworkUserId;

  UpworkRelinkRequired(String upworkUserId, String reason, Throwable cause) {
    super("Upwork user " + upworkUserId + " must link their account again: " + reason, cause);
    this.upworkUserId = upworkUserId;
  }

  public String upworkUserId() {
    return upworkUserId;
  }

  @Override
  public boolean transientFailure() {
    return false;
  }
}
