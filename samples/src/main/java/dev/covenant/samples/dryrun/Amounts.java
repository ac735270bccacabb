package dev.covenant.samples.dryrun;

import dev.covenant.core.model.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** Money for people: minor units shown in major units with grouped thousands, never through a double. */
public final class Amounts {
  private Amounts() {}

  /** {@code 1234567, "EUR"} gives {@code 12,345.67 EUR}. */
  public static String format(long minorUnits, String currency) {
    return number(minorUnits, currency) + " " + currency;
  }

  /** {@code 1234567, "EUR"} gives {@code 12,345.67}, with the currency's decimals. */
  public static String number(long minorUnits, String currency) {
    int digits = Money.fractionDigits(currency);
    // %f formats a BigDecimal exactly; Locale.ROOT groups with ',' and separates decimals with '.'.
    return String.format(Locale.ROOT, "%,." + digits + "f", BigDecimal.valueOf(minorUnits).movePointLeft(digits));
  }
}
