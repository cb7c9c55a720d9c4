package com.crewbid.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money as the API shows it: a decimal string with two places and an ISO 4217
 * currency, e.g. {@code {"amount": "1500.00", "currency": "USD"}}.
 */
public record Money(String amount, String currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), currency);
  }
}
