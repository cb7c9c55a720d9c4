package com.crewbid.upwork.sandbox;

/**
 * A refused OAuth request. The description is shown to the client developer, so it says what was
 * wrong but never repeats a secret, code or token.
 */
class OAuthException extends RuntimeException {

  private final OAuthError error;

  OAuthException(OAuthError error, String description) {
    super(description);
    this.error = error;
  }

  OAuthError error() {
    return error;
  }
}
