package com.crewbid.upwork.client;

import java.time.Duration;

/**
 * The call was not made, or Upwork refused it, because of a limit: our per-IP rate (the wait for a
 * slot would have been too long), the daily budget of the API key or of the tenant's share, or
 * Upwork's own HTTP 429 after every retry. {@link #retryAfter()} says when trying again makes
 * sense.
 */
public final class UpworkThrottled extends UpworkException {

  private final Duration retryAfter;

  UpworkThrottled(String message, Duration retryAfter) {
    super(message, null);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean transientFailure() {
    return true;
  }
}
