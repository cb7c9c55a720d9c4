package com.crewbid.upwork.client;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An attempt failed in a way the next attempt may not (429, 5xx, timeout, an answer that is not
 * GraphQL JSON). Internal: it drives retries and the circuit breaker, and becomes {@link
 * UpworkThrottled} or {@link UpworkUnavailable} when attempts run out.
 */
final class TransientFailure extends RuntimeException {

  enum Kind {
    RATE_LIMITED,
    SERVER_ERROR,
    TIMEOUT,
    NOT_GRAPHQL,
    TOKEN_ENDPOINT
  }

  private final Kind kind;
  private final @Nullable Duration retryAfter;

  TransientFailure(
      Kind kind, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  Kind kind() {
    return kind;
  }

  /**
   * Whether the request may have reached Upwork and taken effect although its answer was lost: a
   * read timeout (the request was sent), or an answer that is not readable GraphQL. Not for a
   * connection that never opened, Upwork's bot-protection page, an HTTP error status or a refusal
   * at the token endpoint: then Upwork did not run the request.
   */
  boolean answerLost() {
    Throwable cause = getCause();
    return switch (kind) {
      case TIMEOUT -> !neverConnected(cause);
      case NOT_GRAPHQL ->
          !(cause instanceof org.springframework.web.client.HttpStatusCodeException);
      case RATE_LIMITED, SERVER_ERROR, TOKEN_ENDPOINT -> false;
    };
  }

  private static boolean neverConnected(@Nullable Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException
          || t instanceof java.net.http.HttpConnectTimeoutException
          || t instanceof java.net.UnknownHostException
          || t instanceof java.nio.channels.UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  @Nullable Duration retryAfter() {
    return retryAfter;
  }

  UpworkException exhausted(String operation) {
    String message = operation + ": " + getMessage();
    return kind == Kind.RATE_LIMITED
        ? new UpworkThrottled(
            message + " (Upwork's rate limit)",
            retryAfter == null ? Duration.ofSeconds(1) : retryAfter)
        : new UpworkUnavailable(message, this);
  }
}
