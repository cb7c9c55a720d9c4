package com.crewbid.upwork.client;

/**
 * Upwork refused the user's access token even after a fresh one was obtained: the API key may have
 * lost access, or the token endpoint and the API disagree. Not retried.
 */
public final class UpworkUnauthorized extends UpworkException {

  UpworkUnauthorized(String message) {
    super(message, null);
  }

  @Override
  public boolean transientFailure() {
    return false;
  }
}
