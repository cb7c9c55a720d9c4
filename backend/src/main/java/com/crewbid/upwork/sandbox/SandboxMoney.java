package com.crewbid.upwork.sandbox;

/** Upwork's {@code Money}: the amount is a decimal string, not a number. */
record SandboxMoney(String rawValue, String currency, String displayValue) {

  static SandboxMoney usd(String rawValue) {
    return new SandboxMoney(rawValue, "USD", "$" + rawValue);
  }
}
