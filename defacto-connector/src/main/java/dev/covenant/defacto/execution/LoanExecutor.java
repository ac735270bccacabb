package dev.covenant.defacto.execution;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.Sleeper;
import dev.covenant.defacto.internal.execution.BatchExecution;
import dev.covenant.defacto.internal.execution.DecisionRun;
import dev.covenant.defacto.internal.execution.LoanRequestFactory;
import dev.covenant.defacto.internal.execution.PendingPoller;
import dev.covenant.defacto.internal.execution.ValidationStep;
import java.time.Clock;
import java.util.Objects;

/**
 * Executes a policy's decisions on Defacto: one loan request per {@code FINANCE} decision, then
 * the policy's {@code validate} rules on the conditions Defacto proposes. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * LoanExecutor executor = LoanExecutor.builder(defacto, policy)
 *     .maxConcurrency(4)
 *     .polling(PollingBudget.defaults())
 *     .build();
 * ExecutionReport report = executor.execute(policy.decideAll(invoices, inputs), inputs);
 * }</pre>
 *
 * <p>For each finance decision: {@code POST /loans} with the invoice's original payload (its PDF
 * included), {@code loan_to} = the invoice's {@code to_account}, the decision's amount, dates and
 * borrower, and {@code salt_id} = {@link dev.covenant.core.Decision#saltId()}. Then, by the loan's
 * status: PENDING_VALIDATION is read again within the {@link PollingBudget} and otherwise reported
 * pending (a {@link LoanWebhookHandler} finishes it); TO_VALIDATE goes through the validate rules
 * ({@code POST /loan/{id}/validate}, {@code /cancel}, or held for a person); DECLINED is reported
 * with Defacto's {@code denial_reason}; an already validated or canceled loan is reported as such.
 *
 * <p><b>Nothing financed twice.</b> The {@code salt_id} depends only on the invoice (seller and
 * number), and Defacto answers a repeated {@code salt_id} with the loan it already created: a
 * retried request and a re-run after an interruption get the same loan back. The executor acts on
 * the status it gets back, so a loan validated or canceled by an earlier run is never validated or
 * canceled again. Decisions of one batch for the same invoice are requested once.
 *
 * <p>A re-run must also decide as the first run did: the loans the first run created already
 * hold credit, so the live {@code balance_available} is lower, and an invoice that has its loan
 * could otherwise be skipped (its TO_VALIDATE loan never validated) while others take its place.
 * Every request carries {@code metadata.covenant_salt_id} (and {@code covenant_policy}), and
 * {@link RequestedLoans#find} lists the loans still holding credit by salt id: their amounts go to
 * {@link DecisionInputs#withRequestedLoans}, and the loans to {@link #execute(DecisionBatch,
 * DecisionInputs, RequestedLoans)}, which reads each of them again instead of requesting it (no
 * payload sent twice, no call that could fail where a read does not):
 *
 * <pre>{@code
 * RequestedLoans requested = RequestedLoans.find(defacto);
 * DecisionInputs inputs = DecisionInputs.of(borrowers, creditLines).withRequestedLoans(requested.amounts());
 * ExecutionReport report = executor.execute(policy.decideAll(invoices, inputs), inputs, requested);
 * }</pre>
 *
 * <p><b>Nothing lost.</b> A failure of one loan (an error from Defacto, an unreadable payload) is
 * that decision's {@link ExecutionOutcome#FAILED} entry; the others go on. The report has one
 * entry per decision.
 */
public final class LoanExecutor {
  private final BatchExecution batch;

  private LoanExecutor(Builder builder) {
    ValidationStep validation = new ValidationStep(builder.defacto, builder.policy);
    PendingPoller poller = new PendingPoller(builder.defacto, builder.polling, builder.sleeper, builder.clock);
    LoanRequestFactory requests = new LoanRequestFactory(builder.autoValidation, builder.waitForValidation,
        builder.policy);
    this.batch = new BatchExecution(new DecisionRun(builder.defacto, builder.payloads, requests, poller, validation),
        builder.maxConcurrency);
  }

  /**
   * A builder with the defaults: auto-validation as decided, no {@code wait_for_validation},
   * {@link PollingBudget#defaults()}, 4 loans at a time, payloads read again from the invoices' files.
   *
   * @param policy the policy whose {@code validate} rules judge the loans Defacto proposes
   */
  public static Builder builder(DefactoClient defacto, CompiledPolicy policy) {
    return new Builder(defacto, policy);
  }

  /**
   * Executes every decision of {@code batch}. Blocks until each finance decision has its answer
   * (or its polling budget ran out); never throws for one decision's failure.
   *
   * @param inputs what the validate rules see besides the loan (borrowers, credit lines, today);
   *               usually those the batch was decided with
   */
  public ExecutionReport execute(DecisionBatch batch, DecisionInputs inputs) {
    return execute(batch, inputs, RequestedLoans.none());
  }

  /**
   * As {@link #execute(DecisionBatch, DecisionInputs)}, resuming an earlier run: a finance decision
   * whose invoice already has a loan in {@code requested} follows that loan ({@code GET /loan/{id}},
   * then the validate rules if it is TO_VALIDATE) instead of requesting it again.
   */
  public ExecutionReport execute(DecisionBatch batch, DecisionInputs inputs, RequestedLoans requested) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(requested, "requested");
    return this.batch.execute(batch, inputs, requested);
  }

  /** Configures a {@link LoanExecutor}. */
  public static final class Builder {
    private final DefactoClient defacto;
    private final CompiledPolicy policy;
    private AutoValidation autoValidation = AutoValidation.AS_DECIDED;
    private boolean waitForValidation;
    private PollingBudget polling = PollingBudget.defaults();
    private Sleeper sleeper = Sleeper.THREAD;
    private Clock clock = Clock.systemUTC();
    private int maxConcurrency = 4;
    private InvoicePayloads payloads = InvoicePayloads.fromSourceFiles();

    private Builder(DefactoClient defacto, CompiledPolicy policy) {
      this.defacto = Objects.requireNonNull(defacto, "defacto");
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** What loan requests send as {@code auto_validate}; {@link AutoValidation#AS_DECIDED} by default. */
    public Builder autoValidation(AutoValidation value) {
      this.autoValidation = Objects.requireNonNull(value, "autoValidation");
      return this;
    }

    /**
     * Sends {@code wait_for_validation: true}: Defacto answers each request after up to 20-30 s
     * with its decision rather than PENDING_VALIDATION at once. Off by default: polling within
     * the budget holds a thread for less time per loan.
     */
    public Builder waitForValidation(boolean value) {
      this.waitForValidation = value;
      return this;
    }

    /** How long a PENDING_VALIDATION loan is read again; {@link PollingBudget#disabled()} to leave it to webhooks. */
    public Builder polling(PollingBudget budget) {
      this.polling = Objects.requireNonNull(budget, "polling");
      return this;
    }

    /** How the poller waits; tests pass one that does not sleep. */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /** The clock that measures the polling budget's duration. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Loans in flight at once, at least 1; 4 by default, well under Defacto's rate limits. */
    public Builder maxConcurrency(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + value);
      }
      this.maxConcurrency = value;
      return this;
    }

    /** Where invoices' original payloads come from; {@link InvoicePayloads#fromSourceFiles()} by default. */
    public Builder payloads(InvoicePayloads value) {
      this.payloads = Objects.requireNonNull(value, "payloads");
      return this;
    }

    public LoanExecutor build() {
      return new LoanExecutor(this);
    }
  }
}
