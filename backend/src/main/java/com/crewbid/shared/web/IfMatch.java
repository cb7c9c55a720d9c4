package com.crewbid.shared.web;

/** Reads the {@code If-Match} header of a write to a versioned resource whose ETag is a number. */
public final class IfMatch {

  private IfMatch() {}

  /**
   * The version the client last read.
   *
   * @throws ProblemException precondition-required (428) without the header, stale-version (412)
   *     when it names no version of ours
   */
  public static long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you read, so that no one's change is overwritten.");
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "If-Match does not match the current version. Reload and try again.");
    }
  }
}
