package dev.covenant.samples.dryrun;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Money for people: minor units shown in major units with grouped thousands, never through a double. */
public final class Amounts {
  private Amounts() {}

  /** {@code 1234567, "EUR"} gives {@code 12,345.67 EUR}. */
  public static String format(long minorUnits, String currency) {
    return number(minorUnits, currency) + " " + currency;
  }

  /** {@code 1234567, "EUR"} gives {@code 12,345.67}. */
  public static String number(long minorUnits, String currency) {
    int digits = fractionDigits(currency);
    DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(BigDecimal.valueOf(minorUnits).movePointLeft(digits));
  }

  private static int fractionDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }
}
