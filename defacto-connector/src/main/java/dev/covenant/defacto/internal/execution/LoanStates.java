package dev.covenant.defacto.internal.execution;

import dev.covenant.defacto.api.LoanStatus;
import java.util.EnumSet;
import java.util.Set;

/** Which loan statuses mean what to the executor. */
final class LoanStates {
  /** Validated, by anyone, at some time: the loan went on from TO_VALIDATE towards payment. */
  static final Set<LoanStatus> ACCEPTED = EnumSet.of(LoanStatus.VALIDATED, LoanStatus.SCHEDULED, LoanStatus.INITIATED,
      LoanStatus.TO_REPAY, LoanStatus.TO_REPAY_FEES, LoanStatus.CLOSED, LoanStatus.ISSUE_DETECTED);

  private LoanStates() {}
}
