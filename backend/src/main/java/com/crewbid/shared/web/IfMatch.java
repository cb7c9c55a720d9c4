package com.crewbid.shared.web;

import org.jspecify.annotations.Nullable;

/** Reads the version a write was made against from {@code If-Match} (the ETag read before). */
public final class IfMatch {

  private IfMatch() {}

  /**
   * @throws ProblemException precondition-required without If-Match; stale-version when it names no
   *     version
   */
  public static long expectedVersion(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you read, so that no one's change is overwritten.");
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    try {
      return Long.parseLong(tag.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "If-Match does not match the current version. Reload and try again.");
    }
  }
}
