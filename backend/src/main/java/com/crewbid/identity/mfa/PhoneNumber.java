package com.crewbid.identity.mfa;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: a plus sign and 8 to 15 digits, the first not zero ({@code
 * +380671234567}). Spaces, dashes, dots and parentheses typed between the digits are dropped.
 */
public record PhoneNumber(String e164) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

  public PhoneNumber {
    if (e164 == null || !E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("Not an E.164 phone number");
    }
  }

  /** The number typed, without separators, or empty when it is not E.164. */
  public static Optional<PhoneNumber> parse(String typed) {
    String compact = typed == null ? "" : SEPARATORS.matcher(typed.strip()).replaceAll("");
    return E164.matcher(compact).matches()
        ? Optional.of(new PhoneNumber(compact))
        : Optional.empty();
  }

  /**
   * The number as shown back to its owner: country and operator code and the last two digits, the
   * rest as bullets ({@code +38067•••••67}); at least three digits are always hidden.
   */
  public String masked() {
    int shown = Math.min(6, e164.length() - 5);
    return e164.substring(0, shown)
        + "•".repeat(e164.length() - shown - 2)
        + e164.substring(e164.length() - 2);
  }

  @Override
  public String toString() {
    return masked();
  }
}
