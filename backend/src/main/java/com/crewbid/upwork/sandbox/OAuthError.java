package com.crewbid.upwork.sandbox;

import org.springframework.http.HttpStatus;

/** The error codes of RFC 6749 that the sandbox answers, with the HTTP status each gets. */
enum OAuthError {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST),
  INVALID_CLIENT(HttpStatus.UNAUTHORIZED),
  INVALID_GRANT(HttpStatus.BAD_REQUEST),
  UNAUTHORIZED_CLIENT(HttpStatus.BAD_REQUEST),
  UNSUPPORTED_GRANT_TYPE(HttpStatus.BAD_REQUEST),
  UNSUPPORTED_RESPONSE_TYPE(HttpStatus.BAD_REQUEST),
  INVALID_SCOPE(HttpStatus.BAD_REQUEST),
  ACCESS_DENIED(HttpStatus.FORBIDDEN);

  private final HttpStatus status;

  OAuthError(HttpStatus status) {
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  /** The code as it travels: {@code invalid_grant}. */
  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
