package dev.covenant.core.internal.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * What a batch has planned so far: per credit line (by borrower identifier) the amount already
 * promised, and per buyer and per seller the amount financed, by currency. Look-ups allocate
 * nothing, since they run once per invoice.
 */
final class BatchLedger {
  /** Nothing planned: what an invoice decided alone sees. Never written. */
  static final BatchLedger NONE = new BatchLedger();

  private final Map<String, long[]> planned = new HashMap<>();
  private final Map<String, Map<String, long[]>> buyers = new HashMap<>();
  private final Map<String, Map<String, long[]>> sellers = new HashMap<>();

  long planned(String borrower) {
    long[] amount = planned.get(borrower);
    return amount == null ? 0 : amount[0];
  }

  long buyerExposure(String buyer, String currency) {
    return exposure(buyers, buyer, currency);
  }

  long sellerExposure(String seller, String currency) {
    return exposure(sellers, seller, currency);
  }

  /**
   * A financing of {@code amount}, of which {@code drawn} comes off the borrower's credit line (less
   * when a loan requested earlier for the invoice already holds the rest).
   */
  void finance(String borrower, long drawn, String buyer, String seller, String currency, long amount) {
    planned.computeIfAbsent(borrower, b -> new long[1])[0] += drawn;
    add(buyers, buyer, currency, amount);
    add(sellers, seller, currency, amount);
  }

  private static long exposure(Map<String, Map<String, long[]>> byCurrency, String identifier, String currency) {
    Map<String, long[]> amounts = byCurrency.get(currency);
    long[] amount = amounts == null ? null : amounts.get(identifier);
    return amount == null ? 0 : amount[0];
  }

  private static void add(Map<String, Map<String, long[]>> byCurrency, String identifier, String currency, long amount) {
    if (identifier != null) {
      byCurrency.computeIfAbsent(currency, c -> new HashMap<>()).computeIfAbsent(identifier, i -> new long[1])[0] += amount;
    }
  }
}
