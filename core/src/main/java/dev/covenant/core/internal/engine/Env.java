package dev.covenant.core.internal.engine;

import dev.covenant.core.Explanation;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.LoanProposal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one evaluation sees: the inputs and the batch state at the time of the decision. Filled
 * before a decision and never changed after it, so a decision's explanation can evaluate the
 * same conditions again later.
 */
final class Env implements Supplier<Explanation> {
  static final long MISSING = Long.MIN_VALUE;
  private static final long UNSET = Long.MIN_VALUE + 1;

  final EpochDays days;
  final long today;
  Invoice invoice;
  Borrower borrower;
  /** Whose credit line finances the invoice, as decisions carry it. */
  Optional<String> borrowerIdentifier = Optional.empty();
  CreditLine creditLine;
  LoanProposal loan;
  /**
   * credit_line.available: balance, minus reserve, minus what the batch planned, plus the invoice's
   * own earlier loan; MISSING when unknown.
   */
  long available = MISSING;
  /** The invoice's own loan from an earlier run, in minor units, counted back into {@link #available}; 0 if none. */
  long ownLoan;
  long exposureBuyer;
  long exposureSeller;
  /** Set with the decision, for its explanation: the program, the deciding rule and the broken invariant. */
  PolicyProgram program;
  int decidingIndex;
  String invariant;
  private long issuedDay = UNSET;
  private long dueDay = UNSET;

  Env(EpochDays days, long today) {
    this.days = days;
    this.today = today;
  }

  long issuedDay() {
    long day = issuedDay;
    if (day == UNSET) {
      day = epochDay(invoice.issuedAt());
      issuedDay = day;
    }
    return day;
  }

  long dueDay() {
    long day = dueDay;
    if (day == UNSET) {
      day = epochDay(invoice.dueAt());
      dueDay = day;
    }
    return day;
  }

  /** The explanation of the finance decision made in this environment, computed when first asked for. */
  @Override
  public Explanation get() {
    return program.explain(this);
  }

  long epochDay(Optional<OffsetDateTime> dateTime) {
    return dateTime.isPresent() ? days.epochDay(dateTime.get()) : MISSING;
  }
}
