package dev.covenant.benchmarks;

import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Outcome;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code finance} rules of the example policy ({@link Policies#example()}) written by hand, as a
 * Java programmer would to make them fast: the practical speed limit Covenant's engine is measured
 * against. One invoice at a time, as {@code CompiledPolicy.decide} (no batch allocation).
 *
 * <p>Same semantics as the language: dates of date-times in Europe/Paris (by {@link ZonedEpochDays},
 * without allocating); money in cents; {@code 80% of x} rounded down to the cent; a comparison with
 * a missing value is false; {@code credit_line.available} is {@code balance_available} minus 10% of
 * {@code pool_amount}; a finance above {@code to_pay_amount}, 200,000 EUR or
 * {@code credit_line.available} becomes a skip. Unlike the engine, which receives its inputs with each call, it prepares one entry per
 * borrower up front (readiness, availability), so deciding costs one hash look-up.
 *
 * <p>The result is a {@code long}, not an object, so the measure is the rules and nothing else:
 * read it with {@link #outcome}, {@link #amount}, {@link #rule}, {@link #autoValidate},
 * {@link #repayOn} and {@link #overriddenByInvariant}.
 */
final class HandWrittenPolicy {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  /** Rule names in policy order; index 8 is {@code otherwise}. */
  static final List<String> RULES = List.of(
      "not euro", "too small", "overdue", "long term", "blocked buyer", "borrower not ready",
      "core market", "partial advance");
  static final int OTHERWISE = 8;

  private static final long MINIMUM_TICKET = 500_00;
  private static final long MAXIMUM_TICKET = 50_000_00;
  private static final long AUTO_VALIDATE_LIMIT = 10_000_00;
  private static final long PER_LOAN_MAXIMUM = 200_000_00;
  private static final String BLOCKED_BUYER_1 = "758046742";
  private static final String BLOCKED_BUYER_2 = "992460386";
  private static final long MISSING_DAY = Long.MIN_VALUE;
  private static final Outcome[] OUTCOMES = Outcome.values();

  // Layout of a result: amount in the high 32 bits (finance never exceeds 20,000,000 cents), then
  // from bit 31 down: 24 bits of repay date (days from today, biased; 0 when missing),
  // auto_validate, overridden by an invariant, 4 bits of rule index, 2 bits of Outcome ordinal.
  private static final int RULE_SHIFT = 2;
  private static final int INVARIANT_BIT = 1 << 6;
  private static final int AUTO_VALIDATE_BIT = 1 << 7;
  private static final int REPAY_SHIFT = 8;
  private static final long REPAY_BIAS = 1 << 23;
  private static final long REPAY_MASK = (1 << 24) - 1;

  private final long today;
  private final ZonedEpochDays dates = new ZonedEpochDays(ZONE);
  private final Map<String, BorrowerEntry> borrowers;

  /** What the rules read of a borrower and its credit line, computed once. */
  private static final class BorrowerEntry {
    // A missing status makes "borrower.status != READY" false, like a missing borrower.
    boolean notReady;
    String lineCurrency;
    boolean hasAvailable;
    long available;
  }

  /** Uses the borrowers, credit lines and evaluation date of {@code inputs}, which must name a date. */
  HandWrittenPolicy(DecisionInputs inputs) {
    LocalDate date = inputs.today().orElseThrow(() -> new IllegalArgumentException("inputs without a today"));
    this.today = date.toEpochDay();
    Set<String> identifiers = new HashSet<>(inputs.borrowers().keySet());
    identifiers.addAll(inputs.creditLines().keySet());
    Map<String, BorrowerEntry> entries = new HashMap<>();
    for (String identifier : identifiers) {
      BorrowerEntry entry = new BorrowerEntry();
      Borrower borrower = inputs.borrowers().get(identifier);
      entry.notReady = borrower != null && borrower.status().isPresent() && !borrower.status().get().equals("READY");
      CreditLine line = inputs.creditLines().get(identifier);
      if (line != null && line.balanceAvailable().isPresent() && line.poolAmount().isPresent()) {
        entry.lineCurrency = line.currency();
        entry.hasAvailable = true;
        entry.available = line.balanceAvailable().getAsLong() - percentOf(10, line.poolAmount().getAsLong());
      }
      entries.put(identifier, entry);
    }
    this.borrowers = entries;
  }

  /** Decides one invoice; read the result with the static accessors. */
  long decide(Invoice invoice) {
    if (!invoice.currency().equals("EUR")) {
      return skip(0);
    }
    OptionalLong toPayField = invoice.toPayAmount();
    boolean hasToPay = toPayField.isPresent();
    long toPay = hasToPay ? toPayField.getAsLong() : 0;
    if (hasToPay && toPay < MINIMUM_TICKET) {
      return skip(1);
    }
    long due = day(invoice.dueAt());
    if (due != MISSING_DAY && due < today) {
      return skip(2);
    }
    long issued = day(invoice.issuedAt());
    if (due != MISSING_DAY && issued != MISSING_DAY && due - issued > 90) {
      return skip(3);
    }
    Optional<String> buyer = invoice.buyer().identifier();
    if (buyer.isPresent() && (buyer.get().equals(BLOCKED_BUYER_1) || buyer.get().equals(BLOCKED_BUYER_2))) {
      return skip(4);
    }
    Optional<String> seller = invoice.seller().identifier();
    BorrowerEntry borrower = seller.isPresent() ? borrowers.get(seller.get()) : null;
    if (borrower != null && borrower.notReady) {
      return result(Outcome.REVIEW, 5, 0, false, MISSING_DAY, false);
    }
    Optional<String> country = invoice.buyer().address().country();
    if (country.isPresent() && isCoreMarket(country.get()) && hasToPay && toPay <= MAXIMUM_TICKET) {
      return finance(6, toPay, toPay, due == MISSING_DAY ? MISSING_DAY : due + 3, true, borrower);
    }
    if (hasToPay && borrower != null && borrower.hasAvailable && borrower.lineCurrency.equals("EUR")) {
      long eighty = percentOf(80, toPay);
      if (borrower.available >= eighty) {
        return finance(7, eighty, toPay, due, toPay <= AUTO_VALIDATE_LIMIT, borrower);
      }
    }
    return skip(OTHERWISE);
  }

  private static boolean isCoreMarket(String country) {
    return country.equals("FRA") || country.equals("DEU") || country.equals("ESP");
  }

  /** The engine's invariants, whatever the rule asked. */
  private long finance(int rule, long amount, long toPay, long repay, boolean autoValidate, BorrowerEntry borrower) {
    boolean withinLine = borrower != null && borrower.hasAvailable && borrower.lineCurrency.equals("EUR")
        && amount <= borrower.available;
    // Paid today, so the repay date must be a later day.
    if (amount > toPay || amount > PER_LOAN_MAXIMUM || !withinLine || repay == MISSING_DAY || repay <= today) {
      return result(Outcome.SKIP, rule, 0, false, MISSING_DAY, true);
    }
    return result(Outcome.FINANCE, rule, amount, autoValidate, repay, false);
  }

  private long day(Optional<OffsetDateTime> dateTime) {
    return dateTime.isPresent() ? dates.epochDay(dateTime.get()) : MISSING_DAY;
  }

  /** {@code percent% of cents}, rounded down; cents stay far below the 2^63 / 100 where this would overflow. */
  private static long percentOf(int percent, long cents) {
    return Math.floorDiv(cents * percent, 100);
  }

  private long skip(int rule) {
    return result(Outcome.SKIP, rule, 0, false, MISSING_DAY, false);
  }

  private long result(Outcome outcome, int rule, long amount, boolean autoValidate, long repay, boolean invariant) {
    long repayBits = repay == MISSING_DAY ? 0 : (repay - today + REPAY_BIAS) & REPAY_MASK;
    return amount << 32
        | repayBits << REPAY_SHIFT
        | (autoValidate ? AUTO_VALIDATE_BIT : 0)
        | (invariant ? INVARIANT_BIT : 0)
        | (long) rule << RULE_SHIFT
        | outcome.ordinal();
  }

  static Outcome outcome(long result) {
    return OUTCOMES[(int) (result & 3)];
  }

  /** The amount to finance in cents, 0 unless the outcome is FINANCE. */
  static long amount(long result) {
    return result >> 32;
  }

  /** The deciding rule's index in {@link #RULES}, or {@link #OTHERWISE}. */
  static int rule(long result) {
    return (int) (result >> RULE_SHIFT) & 0xF;
  }

  /** The deciding rule's name; empty for {@code otherwise}, as in {@code Decision.rule()}. */
  static Optional<String> ruleName(long result) {
    int rule = rule(result);
    return rule == OTHERWISE ? Optional.empty() : Optional.of(RULES.get(rule));
  }

  /** Whether a finance rule decided but an engine invariant (maximum, availability) turned it into a skip. */
  static boolean overriddenByInvariant(long result) {
    return (result & INVARIANT_BIT) != 0;
  }

  static boolean autoValidate(long result) {
    return (result & AUTO_VALIDATE_BIT) != 0;
  }

  /** When a financed invoice is repaid; empty unless the outcome is FINANCE. */
  Optional<LocalDate> repayOn(long result) {
    long bits = (result >>> REPAY_SHIFT) & REPAY_MASK;
    return bits == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(today + bits - REPAY_BIAS));
  }
}
