package dev.covenant.defacto.internal.execution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.ValidationDecision;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.execution.ExecutionError;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.InvoicePayloads;
import dev.covenant.defacto.execution.LoanExecution;
import dev.covenant.dsl.ast.ValidateOutcome;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Executes one finance decision: request the loan, wait (within budget) for Defacto's decision,
 * then apply the validate rules. Every failure becomes the entry's error; nothing is thrown.
 */
public final class DecisionRun {
  private final DefactoClient defacto;
  private final InvoicePayloads payloads;
  private final LoanRequestFactory requests;
  private final PendingPoller poller;
  private final ValidationStep validation;

  public DecisionRun(DefactoClient defacto, InvoicePayloads payloads, LoanRequestFactory requests, PendingPoller poller,
      ValidationStep validation) {
    this.defacto = defacto;
    this.payloads = payloads;
    this.requests = requests;
    this.poller = poller;
    this.validation = validation;
  }

  /**
   * Executes {@code decision} with the {@code salt_id} its caller minted before any call; when an
   * earlier run already requested its loan ({@code existing}), follows that loan instead.
   */
  public LoanExecution execute(Decision decision, String saltId, DecisionInputs inputs, Optional<String> existing) {
    EntryBuilder entry = new EntryBuilder(decision, saltId);
    if (existing.isPresent()) {
      return resume(existing.get(), entry, inputs);
    }
    ObjectNode payload;
    try {
      payload = payloads.payload(decision.invoice());
    } catch (IOException | RuntimeException e) {
      return entry.failed(Failures.of("read invoice payload", e));
    }
    LoanRequest request;
    try {
      request = requests.create(decision, payload, saltId, inputs);
    } catch (RuntimeException e) {
      return entry.failed(Failures.of("build loan request", e));
    }
    Loan loan;
    try {
      loan = defacto.createLoan(request);
    } catch (DefactoException e) {
      return entry.failed(Failures.of(e));
    } catch (RuntimeException e) {
      return entry.failed(Failures.of("POST /loans", e));
    }
    entry.loan(loan);
    try {
      return settle(loan, entry, inputs, request.autoValidate());
    } catch (DefactoException e) {
      return entry.failed(Failures.of(e));
    } catch (RuntimeException e) {
      return entry.failed(Failures.of("follow loan " + loan.id(), e));
    }
  }

  /** The loan an earlier run requested, read again: nothing is sent twice. */
  private LoanExecution resume(String loanId, EntryBuilder entry, DecisionInputs inputs) {
    try {
      Loan loan = defacto.loan(loanId);
      entry.loan(loan);
      return settle(loan, entry, inputs, false);
    } catch (DefactoException e) {
      return entry.failed(Failures.of(e));
    } catch (RuntimeException e) {
      return entry.failed(Failures.of("follow loan " + loanId, e));
    }
  }

  private LoanExecution settle(Loan created, EntryBuilder entry, DecisionInputs inputs, boolean autoValidateAsked) {
    PendingPoller.Polled polled = poller.settle(created);
    Loan loan = polled.loan();
    entry.loan(loan);
    return switch (loan.status()) {
      case SUBMITTED, PENDING_VALIDATION -> entry.outcome(ExecutionOutcome.PENDING, pendingReason(polled));
      case TO_VALIDATE -> validate(loan, entry, inputs);
      case DECLINED -> entry.outcome(ExecutionOutcome.DECLINED,
          "declined by Defacto" + loan.denialReason().map(r -> ": " + r).orElse(""));
      case VALIDATED, SCHEDULED, INITIATED, TO_REPAY, TO_REPAY_FEES, CLOSED, ISSUE_DETECTED ->
          entry.outcome(ExecutionOutcome.VALIDATED, autoValidateAsked
              ? "validated by Defacto (auto_validate), now " + loan.status()
              : "validated before this run, now " + loan.status() + ": not validated again");
      case CANCELED -> entry.outcome(ExecutionOutcome.CANCELED, "canceled before this run: not requested again");
      case DELETED, UNKNOWN -> entry.failed(new ExecutionError("POST /loans", OptionalInt.empty(),
          "Defacto answered with a loan in status " + loan.status() + "; a person must look at loan " + loan.id()));
    };
  }

  private LoanExecution validate(Loan loan, EntryBuilder entry, DecisionInputs inputs) {
    ValidationDecision decision = validation.decide(loan, inputs);
    entry.rule(decision.rule());
    entry.loan(validation.act(loan, decision));
    return entry.outcome(outcomeOf(decision.outcome()), decision.reason());
  }

  static ExecutionOutcome outcomeOf(ValidateOutcome outcome) {
    return switch (outcome) {
      case VALIDATE -> ExecutionOutcome.VALIDATED;
      case CANCEL -> ExecutionOutcome.CANCELED;
      case HOLD -> ExecutionOutcome.HELD;
    };
  }

  private static String pendingReason(PendingPoller.Polled polled) {
    if (polled.interrupted()) {
      return "Defacto has not decided yet; interrupted while waiting: a webhook or a re-run finishes it";
    }
    return polled.reads() == 0
        ? "Defacto has not decided yet; awaiting its webhook (not polled)"
        : "Defacto had not decided after " + polled.reads() + " reads; awaiting its webhook";
  }
}
