package dev.covenant.defacto.internal.execution;

import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.Sleeper;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.execution.PollingBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Re-reads a loan Defacto has not decided yet, within a budget of reads and time. */
public final class PendingPoller {
  private final DefactoClient defacto;
  private final PollingBudget budget;
  private final Sleeper sleeper;
  private final Clock clock;

  public PendingPoller(DefactoClient defacto, PollingBudget budget, Sleeper sleeper, Clock clock) {
    this.defacto = defacto;
    this.budget = budget;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * The loan once decided, or as last read when the budget ran out.
   *
   * @param reads how many reads were made
   */
  public record Polled(Loan loan, int reads, boolean interrupted) {}

  public static boolean pending(LoanStatus status) {
    return status == LoanStatus.PENDING_VALIDATION || status == LoanStatus.SUBMITTED;
  }

  /** Polls while {@code loan} is pending; a failed read is thrown, the loan still exists and is reported. */
  public Polled settle(Loan loan) {
    Loan current = loan;
    Instant deadline = clock.instant().plus(budget.maxDuration());
    int reads = 0;
    while (pending(current.status()) && reads < budget.maxAttempts()) {
      Duration wait = budget.backoff(reads + 1);
      if (clock.instant().plus(wait).isAfter(deadline)) {
        break;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        // Keep the flag for the batch, which stops starting loans; this one is reported pending.
        Thread.currentThread().interrupt();
        return new Polled(current, reads, true);
      }
      current = defacto.loan(current.id());
      reads++;
    }
    return new Polled(current, reads, false);
  }
}
