package com.crewbid.upwork.client;

/**
 * Upwork could not be used: server errors, timeouts, answers that are not GraphQL JSON (such as its
 * bot-protection page), after every retry; or the circuit is open because such failures repeated.
 * Trying later may succeed.
 */
public final class UpworkUnavailable extends UpworkException {

  UpworkUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean transientFailure() {
    return true;
  }
}
