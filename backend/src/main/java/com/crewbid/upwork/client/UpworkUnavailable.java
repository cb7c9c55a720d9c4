package com.crewbid.upwork.client;

/**
 * Upwork could not be used: server errors, timeouts, answers that are not GraphQL JSON (such as its
 * bot-protection page), after every retry; or the circuit is open because such failures repeated.
 * Trying later may succeed. For a mutation, see {@link #mayHaveTakenEffect()} first.
 */
public final class UpworkUnavailable extends UpworkException {

  UpworkUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the request may have reached Upwork and taken effect although no usable answer came
   * back (a read timeout, an unreadable answer). A mutation that failed so must not be repeated
   * blindly: check at Upwork whether it happened. False when Upwork surely did not run it (no
   * connection, an error status, an open circuit).
   */
  public boolean mayHaveTakenEffect() {
    return getCause() instanceof TransientFailure failure && failure.answerLost();
  }

  @Override
  public boolean transientFailure() {
    return true;
  }
}
