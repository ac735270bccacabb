package dev.covenant.core.internal.engine;

import static dev.covenant.core.internal.engine.Env.MISSING;

import dev.covenant.core.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's invariants on a financing, checked whatever the policy says: a positive amount in
 * the invoice's currency, no more than the invoice's to_pay_amount, Defacto's per-loan maximum
 * and the credit line's availability, and dates that make a loan. A broken invariant turns the
 * decision into a skip whose reason says which.
 */
final class Invariants {
  /** Defacto's per-loan maximum, 200,000 in major units of the loan's currency. */
  static final long MAXIMUM_MAJOR_UNITS = 200_000;

  private static final Map<String, Long> MAXIMUM_MINOR_UNITS = new ConcurrentHashMap<>();

  /** The broken invariant in words, or null when the financing may go ahead. */
  String broken(Env e, FinanceAction action, long amount, String currency, long payOn, long repayOn, String borrower) {
    String invoiceCurrency = e.invoice.currency();
    if (amount == MISSING || currency == null) {
      return "the amount " + action.amount().text + " could not be computed: a value it needs is missing";
    }
    if (!currency.equals(invoiceCurrency)) {
      return "the amount is in " + currency + " but the invoice is in " + invoiceCurrency;
    }
    if (amount <= 0) {
      return "the amount " + money(amount, currency) + " is not positive";
    }
    if (e.invoice.toPayAmount().isEmpty()) {
      return "invoice.to_pay_amount is missing, so the amount cannot be checked against it";
    }
    long toPay = e.invoice.toPayAmount().getAsLong();
    if (amount > toPay) {
      return "the amount " + money(amount, currency) + " exceeds the invoice's to_pay_amount " + money(toPay, currency);
    }
    long maximum = maximumMinorUnits(currency);
    if (amount > maximum) {
      return "the amount " + money(amount, currency) + " exceeds Defacto's per-loan maximum of " + money(maximum, currency);
    }
    if (borrower == null) {
      return "the invoice does not name its borrower, so it has no credit line";
    }
    if (e.creditLine == null) {
      return "borrower " + borrower + " has no credit line";
    }
    if (!e.creditLine.currency().equals(currency)) {
      return "borrower " + borrower + "'s credit line is in " + e.creditLine.currency() + ", the amount in " + currency;
    }
    if (e.available == MISSING) {
      return "credit_line.available is unknown for borrower " + borrower
          + " (balance_available or the reserve's inputs are missing)";
    }
    if (amount > e.available) {
      return "the amount " + money(amount, currency) + " exceeds credit_line.available "
          + money(Math.max(e.available, 0), currency) + " for borrower " + borrower
          + (e.ownLoan > 0 ? " (including " + money(e.ownLoan, currency) + " of this invoice's earlier loan)" : "");
    }
    if (payOn == MISSING) {
      return "the pay date " + (action.payOn() == null ? "today" : action.payOn().text) + " is missing";
    }
    if (repayOn == MISSING) {
      return "the repay date " + (action.repayOn() == null ? "invoice.due_at" : action.repayOn().text) + " is missing";
    }
    if (repayOn <= payOn) {
      return "the repay date " + LocalDate.ofEpochDay(repayOn) + " is not after the pay date " + LocalDate.ofEpochDay(payOn);
    }
    return null;
  }

  /** Defacto lends in euros and pounds, both in cents; other currencies are converted once. */
  private static long maximumMinorUnits(String currency) {
    if (currency.equals("EUR") || currency.equals("GBP")) {
      return MAXIMUM_MAJOR_UNITS * 100;
    }
    return MAXIMUM_MINOR_UNITS.computeIfAbsent(currency,
        code -> Money.of(BigDecimal.valueOf(MAXIMUM_MAJOR_UNITS), code).minorUnits());
  }

  private static String money(long minor, String currency) {
    return new Money(minor, currency).toString();
  }
}
