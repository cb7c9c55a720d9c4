package com.crewbid.shared.web;

/** Reads the version a client last saw from its {@code If-Match} header (the ETag it was given). */
public final class IfMatch {

  private IfMatch() {}

  /**
   * @throws ProblemException precondition-required without the header, stale-version when it is no
   *     version of ours
   */
  public static long version(String ifMatch) {
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
