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
 * @param today          the evaluation date; when empty, today in the policy's timezone by {@code clock}
 * @param requestedLoans loans an earlier run already requested, by the {@link Decision#saltId()} of
 *                       their invoice; see {@link #withRequestedLoans(Map)}
 */
public record DecisionInputs(
    Clock clock,
    Optional<LocalDate> today,
    Map<String, Borrower> borrowers,
    Map<String, CreditLine> creditLines,
    Map<String, List<Money>> buyerExposure,
    Map<String, List<Money>> sellerExposure,
    Map<String, Money> requestedLoans) {

  public DecisionInputs {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(today, "today");
    borrowers = Map.copyOf(borrowers);
    creditLines = Map.copyOf(creditLines);
    buyerExposure = Map.copyOf(buyerExposure);
    sellerExposure = Map.copyOf(sellerExposure);
    requestedLoans = Map.copyOf(requestedLoans);
  }

  /** No borrowers, no credit lines, the system clock. */
  public static DecisionInputs empty() {
    return new DecisionInputs(Clock.systemUTC(), Optional.empty(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Borrowers by identifier, credit lines by {@code default_borrower.identifier}; later entries win. */
  public static DecisionInputs of(Collection<Borrower> borrowers, Collection<CreditLine> creditLines) {
    Map<String, Borrower> byIdentifier = new HashMap<>();
    borrowers.forEach(b -> byIdentifier.put(b.identifier(), b));
    Map<String, CreditLine> lines = new HashMap<>();
    creditLines.forEach(c -> lines.put(c.borrowerIdentifier(), c));
    return new DecisionInputs(Clock.systemUTC(), Optional.empty(), byIdentifier, lines, Map.of(), Map.of(), Map.of());
  }

  public DecisionInputs withToday(LocalDate date) {
    return new DecisionInputs(clock, Optional.of(date), borrowers, creditLines, buyerExposure, sellerExposure,
        requestedLoans);
  }

  public DecisionInputs withClock(Clock newClock) {
    return new DecisionInputs(newClock, today, borrowers, creditLines, buyerExposure, sellerExposure,
        requestedLoans);
  }

  /** Adds outstanding exposure to a buyer, seen as {@code exposure.buyer} by invoices in the same currency. */
  public DecisionInputs withBuyerExposure(String identifier, Money amount) {
    return new DecisionInputs(clock, today, borrowers, creditLines, add(buyerExposure, identifier, amount), sellerExposure,
        requestedLoans);
  }

  /** Adds outstanding exposure to a seller, seen as {@code exposure.seller} by invoices in the same currency. */
  public DecisionInputs withSellerExposure(String identifier, Money amount) {
    return new DecisionInputs(clock, today, borrowers, creditLines, buyerExposure, add(sellerExposure, identifier, amount),
        requestedLoans);
  }

  /**
   * Loans an earlier run already requested on Defacto, keyed by the {@link Decision#saltId()} of
   * their invoice, that still hold credit on their credit line; replaces any given before. A re-run
   * after a crash passes the loans the crashed run created, on the balances they left, so that it
   * decides as the first run did: what the first run financed is financed again, with the same
   * amount and rule, and its existing loan is found again through its salt id.
   *
   * <p>The live {@code balance_available} already excludes these loans. So when an invoice whose
   * salt id is here is decided, its own loan's amount (when in the credit line's currency) is
   * counted back into the {@code credit_line.available} it sees; if it is financed again, the batch
   * draws only what exceeds that loan ({@code max(0, amount - requested)}) from the line for the
   * invoices after it. The loans of other invoices (of this batch or of earlier ones) are not
   * counted back: they really hold credit.
   * {@link CompiledPolicy#decide}, {@link CompiledPolicy#decideAll} and {@link
   * CompiledPolicy#decideFiles} apply this identically. Buyer and seller exposure are not
   * adjusted: pass outstanding exposure without these loans, since a financed invoice adds its
   * full amount to them in the batch.
   *
   * <pre>{@code
   * DecisionInputs inputs = DecisionInputs.of(borrowers, creditLines)
   *     .withRequestedLoans(RequestedLoans.find(defacto));   // the connector finds them on Defacto
   * }</pre>
   *
   * <p>A rule that reads {@code credit_line.available} beyond the amount check may still see less
   * than in the first run: loans already requested for invoices later in allocation order hold
   * credit that the first run had not yet allocated when it decided this invoice.
   */
  public DecisionInputs withRequestedLoans(Map<String, Money> loansBySaltId) {
    return new DecisionInputs(clock, today, borrowers, creditLines, buyerExposure, sellerExposure, loansBySaltId);
  }

  /** Adds one loan already requested for the invoice of {@code saltId}; see {@link #withRequestedLoans(Map)}. */
  public DecisionInputs withRequestedLoan(String saltId, Money amount) {
    Map<String, Money> copy = new HashMap<>(requestedLoans);
    copy.put(Objects.requireNonNull(saltId, "saltId"), Objects.requireNonNull(amount, "amount"));
    return new DecisionInputs(clock, today, borrowers, creditLines, buyerExposure, sellerExposure, copy);
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
