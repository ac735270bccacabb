package dev.covenant.defacto.execution;

import dev.covenant.core.Outcome;
import dev.covenant.core.model.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one decision: its identity, what the policy decided, and what happened on Defacto.
 *
 * @param invoiceNumber    the invoice's number
 * @param sellerIdentifier the invoice's seller identifier, when it has one
 * @param saltId           the idempotency key sent (or that would have been sent) as {@code salt_id}
 * @param decision         what the policy's finance rules decided
 * @param outcome          what happened
 * @param amount           the amount requested, for a finance decision
 * @param loanId           Defacto's loan id, once a loan exists
 * @param loanStatus       the loan's last known status, such as {@code TO_VALIDATE} or {@code SCHEDULED}
 * @param rule             the rule behind the outcome: the validate rule for validated, canceled and
 *                         held loans, the finance rule for decisions not requested
 * @param reason           why, in words
 * @param denialReason     Defacto's {@code denial_reason} for a declined loan
 * @param error            what failed, for {@link ExecutionOutcome#FAILED}
 */
public record LoanExecution(
    String invoiceNumber,
    Optional<String> sellerIdentifier,
    String saltId,
    Outcome decision,
    ExecutionOutcome outcome,
    Optional<Money> amount,
    Optional<String> loanId,
    Optional<String> loanStatus,
    Optional<String> rule,
    String reason,
    Optional<String> denialReason,
    Optional<ExecutionError> error) {

  public LoanExecution {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(sellerIdentifier, "sellerIdentifier");
    Objects.requireNonNull(saltId, "saltId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(loanStatus, "loanStatus");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(denialReason, "denialReason");
    Objects.requireNonNull(error, "error");
    if ((outcome == ExecutionOutcome.FAILED) != error.isPresent()) {
      throw new IllegalArgumentException("an error goes with FAILED and only with it, got " + outcome + " and " + error);
    }
  }
}
