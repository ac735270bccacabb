package dev.covenant.core.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: integer minor units (cents for EUR) and an ISO 4217 currency code. Never a
 * floating-point number.
 *
 * <pre>{@code
 * Money fee = Money.of(new BigDecimal("12.50"), "EUR");   // 1250 cents
 * fee.toString();                                          // "12.50 EUR"
 * }</pre>
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * Converts an amount in major units, such as {@code 12.50}, to minor units of the currency.
   *
   * @throws ArithmeticException if the amount is finer than the currency's minor unit
   */
  public static Money of(BigDecimal majorUnits, String currency) {
    return new Money(majorUnits.movePointRight(fractionDigits(currency)).longValueExact(), currency);
  }

  /** The amount in major units, exact: {@code 1250} cents of EUR is {@code 12.50}. */
  public BigDecimal majorUnits() {
    return BigDecimal.valueOf(minorUnits, fractionDigits(currency));
  }

  /** The number of decimals of a currency's minor unit (2 for EUR, 0 for JPY); 2 for unknown codes. */
  public static int fractionDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }

  /** Orders amounts of one currency. */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
    }
    return Long.compare(minorUnits, other.minorUnits);
  }

  /** {@code 12000.50 EUR}: major units with the currency's decimals, then the code. */
  @Override
  public String toString() {
    return majorUnits().toPlainString() + " " + currency;
  }
}
