package com.crewbid.upwork.client;

/**
 * Why a call to Upwork failed. Messages name the operation and the reason, never a token. {@link
 * #transientFailure()} tells callers whether trying later may succeed.
 */
public abstract sealed class UpworkException extends RuntimeException
    permits UpworkGraphQlError,
        UpworkUnauthorized,
        UpworkRelinkRequired,
        UpworkThrottled,
        UpworkUnavailable {

  UpworkException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when the same call may succeed later without anyone changing anything. */
  public abstract boolean transientFailure();
}
