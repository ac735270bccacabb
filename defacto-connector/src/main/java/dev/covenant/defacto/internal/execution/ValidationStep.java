package dev.covenant.defacto.internal.execution;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.ValidationDecision;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the policy's validate rules to a loan Defacto proposes and acts on them: validate,
 * cancel, or leave it for a person. Shared by the executor and the webhook handler, so a loan is
 * treated the same whichever of them sees it TO_VALIDATE first.
 */
public final class ValidationStep {
  private static final Logger LOG = LoggerFactory.getLogger(ValidationStep.class);

  private final DefactoClient defacto;
  private final CompiledPolicy policy;

  public ValidationStep(DefactoClient defacto, CompiledPolicy policy) {
    this.defacto = defacto;
    this.policy = policy;
  }

  /**
   * What the validate rules decide for {@code loan}, which the caller read from Defacto (never
   * from a notification) and found TO_VALIDATE.
   *
   * @throws IllegalStateException if the loan is not TO_VALIDATE: only such a loan may be validated
   */
  public ValidationDecision decide(Loan loan, DecisionInputs inputs) {
    requireToValidate(loan);
    return policy.validate(loan.toProposal(), inputs);
  }

  /**
   * Acts on the decision: validates, cancels, or (hold) leaves the loan as it is.
   *
   * @return the loan as Defacto returned it after acting; {@code loan} itself for hold
   * @throws dev.covenant.defacto.DefactoException if validating or canceling failed
   */
  public Loan act(Loan loan, ValidationDecision decision) {
    requireToValidate(loan);
    Loan after = switch (decision.outcome()) {
      case VALIDATE -> act(loan, () -> defacto.validateLoan(loan.id()), LoanStates.ACCEPTED);
      case CANCEL -> act(loan, () -> defacto.cancelLoan(loan.id()), EnumSet.of(LoanStatus.CANCELED));
      case HOLD -> loan;
    };
    LOG.info("loan {}: {} by {} ({}), now {}", loan.id(), decision.outcome().keyword(),
        decision.rule().map(r -> "rule \"" + r + "\"").orElse("default"), decision.reason(), after.status());
    return after;
  }

  private static void requireToValidate(Loan loan) {
    if (loan.status() != LoanStatus.TO_VALIDATE) {
      throw new IllegalStateException("loan " + loan.id() + " is " + loan.status() + ", not TO_VALIDATE");
    }
  }

  /**
   * Validates or cancels. When the answer is an error, the loan is read again: if a first attempt
   * whose answer was lost already moved it (the retry then gets a 4xx), that is success, not failure.
   */
  private Loan act(Loan loan, Supplier<Loan> call, Set<LoanStatus> done) {
    try {
      return call.get();
    } catch (DefactoException e) {
      Loan now;
      try {
        now = defacto.loan(loan.id());
      } catch (DefactoException unreadable) {
        e.addSuppressed(unreadable);
        throw e;
      }
      if (done.contains(now.status())) {
        LOG.info("loan {}: the call failed ({}) but the loan is {}: it had taken effect", loan.id(), e.getMessage(),
            now.status());
        return now;
      }
      throw e;
    }
  }

}
