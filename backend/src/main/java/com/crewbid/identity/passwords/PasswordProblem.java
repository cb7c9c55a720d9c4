package com.crewbid.identity.passwords;

/**
 * One reason a password was refused: a stable code (for translations in the UI) and an English
 * message to show as is.
 */
public record PasswordProblem(Code code, String message) {

  public enum Code {
    TOO_SHORT,
    TOO_LONG,
    CONTAINS_EMAIL,
    CONTAINS_NAME,
    LEAKED,
    TOO_GUESSABLE
  }
}
