package dev.covenant.defacto.internal.execution;

import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.execution.ExecutionError;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.LoanExecution;
import java.util.Optional;

/** Gathers what is known of one decision's execution as it goes, then makes its report entry. */
final class EntryBuilder {
  private final Decision decision;
  private final String saltId;
  private Optional<String> loanId = Optional.empty();
  private Optional<String> loanStatus = Optional.empty();
  private Optional<String> denialReason = Optional.empty();
  private Optional<String> rule = Optional.empty();

  EntryBuilder(Decision decision, String saltId) {
    this.decision = decision;
    this.saltId = saltId;
  }

  EntryBuilder loan(Loan loan) {
    loanId = Optional.of(loan.id());
    loanStatus = Optional.of(loan.status().name());
    denialReason = loan.denialReason();
    return this;
  }

  EntryBuilder rule(Optional<String> deciding) {
    rule = deciding;
    return this;
  }

  LoanExecution outcome(ExecutionOutcome outcome, String reason) {
    return entry(outcome, reason, Optional.empty());
  }

  LoanExecution failed(ExecutionError error) {
    return entry(ExecutionOutcome.FAILED, error.toString(), Optional.of(error));
  }

  private LoanExecution entry(ExecutionOutcome outcome, String reason, Optional<ExecutionError> error) {
    return new LoanExecution(decision.invoice().invoiceNumber(), decision.invoice().seller().identifier(), saltId,
        decision.outcome(), outcome, decision.outcome() == Outcome.FINANCE ? decision.amount() : Optional.empty(),
        loanId, loanStatus, rule, reason, denialReason, error);
  }
}
