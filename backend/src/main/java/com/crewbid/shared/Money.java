package com.crewbid.shared;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, as the API shows money: {@code {"amount": "1500.00", "currency":
 * "USD"}}. The amount carries the currency's usual number of decimals; amounts with more decimals
 * than the currency has are refused rather than rounded.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency)
    implements Serializable, Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Currency iso = Currency.getInstance(currency);
    int digits = Math.max(iso.getDefaultFractionDigits(), 0);
    try {
      amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "An amount in " + currency + " has at most " + digits + " decimals: " + amount);
    }
  }

  /** Parses a decimal string such as {@code "1500.00"}; throws on anything else. */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount.trim()), currency);
  }

  /** An amount from elsewhere (Upwork), rounded half-up to the currency's decimals. */
  public static Money of(BigDecimal amount, String currency) {
    int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, RoundingMode.HALF_UP), currency);
  }

  public static Money of(long amount, String currency) {
    return new Money(BigDecimal.valueOf(amount), currency);
  }

  public boolean sameCurrencyAs(Money other) {
    return currency.equals(other.currency);
  }

  /** Orders amounts of one currency; amounts in different currencies cannot be compared. */
  @Override
  public int compareTo(Money other) {
    if (!sameCurrencyAs(other)) {
      throw new IllegalArgumentException(
          "Cannot compare " + currency + " with " + other.currency + " without a rate");
    }
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
