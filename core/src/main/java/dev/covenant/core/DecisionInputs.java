package dev.covenant.core;

import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a decision needs besides the invoice: the evaluation date, the borrowers and their credit
 * lines (found by business identifier), and the exposure already outstanding per buyer and per
 * seller, which the batch's own decisions add to.
 *
 * <pre>{@code
 * DecisionInputs inputs = DecisionInputs.of(borrowers, creditLines)
 *     .withToday(LocalDate.of(2026, 11, 20))
 *     .withBuyerExposure("758046742", Money.of(new BigDecimal("12000"), "EUR"));
 * }</pre>
 *
 * @param today the evaluation date; when empty, today in the policy's timezone by {@code clock}
 */
public record DecisionInputs(
    Clock clock,
    Optional<LocalDate> today,
    Map<String, Borrower> borrowers,
    Map<String, CreditLine> creditLines,
    Map<String, List<Money>> buyerExposure,
    Map<String, List<Money>> sellerExposure) {

  public DecisionInputs {
    Objects.requireNonNull(clock, "clock");
    borrowers = Map.copyOf(borrowers);
    creditLines = Map.copyOf(creditLines);
    buyerExposure = Map.copyOf(buyerExposure);
    sellerExposure = Map.copyOf(sellerExposure);
  }

  /** No borrowers, no credit lines, the system clock. */
  public static DecisionInputs empty() {
    return new DecisionInputs(Clock.systemUTC(), Optional.empty(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Borrowers by identifier, credit lines by {@code default_borrower.identifier}; later entries win. */
  public static DecisionInputs of(Collection<Borrower> borrowers, Collection<CreditLine> creditLines) {
    Map<String, Borrower> byIdentifier = new HashMap<>();
    borrowers.forEach(b -> byIdentifier.put(b.identifier(), b));
    Map<String, CreditLine> lines = new HashMap<>();
    creditLines.forEach(c -> lines.put(c.borrowerIdentifier(), c));
    return new DecisionInputs(Clock.systemUTC(), Optional.empty(), byIdentifier, lines, Map.of(), Map.of());
  }

  public DecisionInputs withToday(LocalDate date) {
    return new DecisionInputs(clock, Optional.of(date), borrowers, creditLines, buyerExposure, sellerExposure);
  }

  public DecisionInputs withClock(Clock newClock) {
    return new DecisionInputs(newClock, today, borrowers, creditLines, buyerExposure, sellerExposure);
  }

  /** Adds outstanding exposure to a buyer, seen as {@code exposure.buyer} by invoices in the same currency. */
  public DecisionInputs withBuyerExposure(String identifier, Money amount) {
    return new DecisionInputs(clock, today, borrowers, creditLines, add(buyerExposure, identifier, amount), sellerExposure);
  }

  /** Adds outstanding exposure to a seller, seen as {@code exposure.seller} by invoices in the same currency. */
  public DecisionInputs withSellerExposure(String identifier, Money amount) {
    return new DecisionInputs(clock, today, borrowers, creditLines, buyerExposure, add(sellerExposure, identifier, amount));
  }

  private static Map<String, List<Money>> add(Map<String, List<Money>> exposure, String identifier, Money amount) {
    Map<String, List<Money>> copy = new HashMap<>(exposure);
    copy.merge(identifier, List.of(amount), (a, b) -> {
      List<Money> both = new java.util.ArrayList<>(a);
      both.addAll(b);
      return both;
    });
    return copy;
  }
}
