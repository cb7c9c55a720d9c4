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
