package dev.covenant.example;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.PolicyRepository;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.json.DecisionLog;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.api.BorrowerFilter;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.InvalidNotificationException;
import dev.covenant.defacto.execution.LoanExecutor;
import dev.covenant.defacto.execution.LoanWebhookHandler;
import dev.covenant.defacto.execution.PollingBudget;
import dev.covenant.defacto.execution.RequestedLoans;
import dev.covenant.defacto.execution.WebhookAction;
import dev.covenant.defacto.execution.WebhookResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lender's financing service: decides batches of invoices with one policy of a hot-reloaded
 * {@link PolicyRepository}, logs every decision, requests the loans on Defacto, and finishes them
 * when Defacto's webhooks arrive. Thread-safe; the caller owns (and closes) what it is given.
 *
 * <p>Each call uses the policy served at that moment, so a policy file edited on disk takes
 * effect on the next batch or webhook, and a broken edit leaves the last good version in use.
 */
public final class LendingService {
  private static final Logger LOG = LoggerFactory.getLogger(LendingService.class);

  private final DefactoClient defacto;
  private final PolicyRepository policies;
  private final String policyName;
  private final DecisionLog decisionLog;
  private final Clock clock;
  private final PollingBudget polling;
  private Optional<Webhooks> webhooks = Optional.empty();

  /**
   * @param defacto     the client of Defacto's sandbox or production
   * @param policies    the repository serving the policy
   * @param policyName  the name in the policy's header, such as {@code marketplace-receivables}
   * @param decisionLog where every decision is appended, for audit
   * @param clock       what "today" is for the policy (in the policy's timezone)
   * @param polling     how long a loan Defacto has not decided yet is read again before a webhook must finish it
   */
  public LendingService(DefactoClient defacto, PolicyRepository policies, String policyName,
      DecisionLog decisionLog, Clock clock, PollingBudget polling) {
    this.defacto = Objects.requireNonNull(defacto, "defacto");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.policyName = Objects.requireNonNull(policyName, "policyName");
    this.decisionLog = Objects.requireNonNull(decisionLog, "decisionLog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.polling = Objects.requireNonNull(polling, "polling");
  }

  /**
   * Decides the invoices of {@code invoiceFiles} as one batch on live borrowers and credit lines,
   * appends each decision to the log, and executes them: one loan per financed invoice. Safe to
   * run again after a crash or with the same files: loans already requested are found by their
   * salt id and followed, never requested twice.
   */
  public ExecutionReport financeBatch(List<Path> invoiceFiles) throws IOException {
    CompiledPolicy policy = policy();
    // Loans first, credit lines after: a loan created in between is then seen in the balance.
    RequestedLoans requested = RequestedLoans.find(defacto);
    DecisionInputs inputs = liveInputs().withRequestedLoans(requested.amounts());

    List<Decision> decisions = new ArrayList<>();
    policy.decideFiles(invoiceFiles, inputs, decision -> {
      decisionLog.append(decision, policy);
      decisions.add(decision);
    });
    LoanExecutor executor = LoanExecutor.builder(defacto, policy).polling(polling).build();
    ExecutionReport report = executor.execute(new DecisionBatch(decisions), inputs, requested);
    LOG.info("{} on {} invoice(s): {}", policy, decisions.size(), report.counts());
    return report;
  }

  /**
   * Why the policy decides {@code invoiceNumber} of {@code invoiceFile} as it does today, alone
   * (not competing with a batch for credit); empty when the file has no such invoice.
   */
  public Optional<Decision> explain(Path invoiceFile, String invoiceNumber) throws IOException {
    CompiledPolicy policy = policy();
    DecisionInputs inputs = liveInputs();
    return DefactoJson.readInvoices(invoiceFile).stream()
        .filter(invoice -> invoice.invoiceNumber().equals(invoiceNumber))
        .findFirst()
        .map(invoice -> policy.decide(invoice, inputs));
  }

  /**
   * What the policy's validate rules would do with the conditions Defacto proposes for a loan,
   * logged but not acted on: the executor and the webhooks act.
   */
  public ValidationDecision previewValidation(String loanId) {
    CompiledPolicy policy = policy();
    ValidationDecision decision = policy.validate(defacto.loan(loanId).toProposal(), liveInputs());
    decisionLog.append(decision, policy);
    return decision;
  }

  /**
   * The webhook endpoint: handles the body Defacto POSTed and returns the HTTP status to answer.
   * 200 when handled (or a repeat), 400 for a body that is not a notification, 503 when reading
   * or changing the loan failed, so that Defacto delivers it again.
   */
  public int onWebhook(String body) {
    try {
      WebhookResult result = webhookHandler().handle(body);
      LOG.info("webhook {} {}: {} ({})", result.eventType(), result.loanId().orElse("-"), result.action(),
          result.reason());
      return result.action() == WebhookAction.FAILED ? 503 : 200;
    } catch (InvalidNotificationException e) {
      LOG.warn("refused a webhook body: {}", e.getMessage());
      return 400;
    }
  }

  /** The policy served now; fails when the repository has never loaded a good version of it. */
  CompiledPolicy policy() {
    return policies.policy(policyName).orElseThrow(() -> new IllegalStateException(
        "no policy \"" + policyName + "\" in " + policies.directory() + ": " + policies.problems()));
  }

  /** Borrowers and credit lines as Defacto has them now, and today by the clock. */
  DecisionInputs liveInputs() {
    List<Borrower> borrowers = defacto.borrowers(BorrowerFilter.all()).map(BorrowerProfile::toBorrower).toList();
    List<CreditLine> creditLines = defacto.creditLines(CreditLineFilter.all()).toList();
    return DecisionInputs.of(borrowers, creditLines).withClock(clock);
  }

  /** One handler per policy version: a reload brings a handler with the new validate rules. */
  private synchronized LoanWebhookHandler webhookHandler() {
    CompiledPolicy policy = policy();
    if (webhooks.isEmpty() || webhooks.get().policy() != policy) {
      webhooks = Optional.of(new Webhooks(policy,
          LoanWebhookHandler.builder(defacto, policy).inputs(this::liveInputs).build()));
    }
    return webhooks.get().handler();
  }

  private record Webhooks(CompiledPolicy policy, LoanWebhookHandler handler) {}
}
