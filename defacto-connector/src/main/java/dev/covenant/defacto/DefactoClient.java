package dev.covenant.defacto;

import dev.covenant.core.model.CreditLine;
import dev.covenant.defacto.api.BorrowerFilter;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.BusinessIdentifier;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.api.EligibilityScenario;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanEvent;
import dev.covenant.defacto.api.LoanFilter;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.Payment;
import dev.covenant.defacto.api.PaymentFilter;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.SignatureRequest;
import dev.covenant.defacto.api.Webhook;
import dev.covenant.defacto.api.WebhookRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Defacto's lending API, one method per operation. Thread-safe; build one per API key and share it.
 *
 * <pre>{@code
 * try (DefactoClient defacto = DefactoClient.builder()
 *     .apiKey(() -> System.getenv("DEFACTO_API_KEY"))
 *     .build()) {
 *   Loan loan = defacto.createLoan(request);
 *   if (loan.status() == LoanStatus.TO_VALIDATE) {
 *     defacto.validateLoan(loan.id());
 *   }
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link DefactoException}. Which failures are retried (see
 * {@link RetryPolicy}): a 429 always, honouring {@code Retry-After}; a 5xx, a 504 or a transport
 * fault only when repeating the call cannot do anything twice, that is for every read, for
 * {@link #createLoan} (a repeated {@code salt_id} returns the existing loan; without a salt id the
 * request is not repeated), {@link #createBorrower} (a business identifier is one borrower),
 * {@link #signBorrower}, {@link #validateLoan}, {@link #cancelLoan} (state transitions; a repeat
 * after a lost answer fails with a 4xx rather than acting twice: read the loan again), the sandbox
 * generators and {@link #deleteWebhook}. {@link #createWebhook} is not repeated: it would
 * subscribe twice. Other 4xx are never retried.
 *
 * <p>List operations return lazy streams: the next page is fetched only when the stream reaches
 * it. Close those streams you do not read to the end only if you want to; they hold no connection
 * between pages.
 */
public interface DefactoClient extends AutoCloseable {

  /** A builder for the sandbox, with the defaults of {@link DefactoClientBuilder}. */
  static DefactoClientBuilder builder() {
    return new DefactoClientBuilder();
  }

  /** {@code GET /hello}: Defacto's greeting when the API key works. */
  String hello();

  /** {@code GET /sandbox/business-generator}: a made-up business to register; creates nothing. */
  BorrowerRequest generateBusiness(boolean isBorrower);

  /** As {@link #generateBusiness(boolean)}, in a country (ISO 3166 alpha-3, such as {@code FRA}). */
  BorrowerRequest generateBusiness(boolean isBorrower, String country);

  /** {@code POST /borrowers}: registers a borrower. */
  BorrowerProfile createBorrower(BorrowerRequest borrower);

  /** {@code GET /borrower/{borrower_id}}. */
  BorrowerProfile borrower(String borrowerId);

  /** {@code GET /borrowers}, every page, lazily. */
  Stream<BorrowerProfile> borrowers(BorrowerFilter filter);

  /** {@code POST /borrower/{borrower_id}/sign}: the borrower accepted Defacto's terms. */
  BorrowerProfile signBorrower(String borrowerId, SignatureRequest signature);

  /** {@code POST /sandbox/invoice-generator}: an invoice whose loan follows the scenario. */
  GeneratedInvoice generateInvoice(InvoiceGeneration generation);

  /** {@code GET /sandbox/iban-generator}: an IBAN whose loans follow the scenario. */
  String generateIban(SandboxScenario scenario);

  /** {@code POST /sandbox/business-eligible}: makes a sandbox business (in)eligible. */
  void setBusinessEligibility(BusinessIdentifier business, EligibilityScenario scenario);

  /**
   * {@code POST /loans}: requests a loan. With a {@code salt_id}, repeating the request (as the
   * retries do) returns the loan the first one created.
   */
  Loan createLoan(LoanRequest request);

  /** {@code GET /loan/{loan_id}}. */
  Loan loan(String loanId);

  /** {@code GET /loans}, every page, lazily. */
  Stream<Loan> loans(LoanFilter filter);

  /** {@code POST /loan/{loan_id}/validate}: accepts the conditions of a TO_VALIDATE loan. */
  Loan validateLoan(String loanId);

  /** {@code POST /loan/{loan_id}/cancel}: cancels a TO_VALIDATE, VALIDATED or SCHEDULED loan. */
  Loan cancelLoan(String loanId);

  /** {@code GET /payments}, every page, lazily. */
  Stream<Payment> payments(PaymentFilter filter);

  /** {@code GET /loan/{loan_id}/events}: the loan's history, every page. */
  List<LoanEvent> loanEvents(String loanId);

  /**
   * {@code GET /credit_lines}, every page, lazily. A credit line without a
   * {@code default_borrower.identifier} is left out: no invoice could be matched to it.
   */
  Stream<CreditLine> creditLines(CreditLineFilter filter);

  /**
   * The credit line of a borrower (by business identifier), from {@code GET /credit_lines}, kept
   * for a short while (see {@link DefactoClientBuilder#creditLineCacheTtl}) so that a batch reads
   * each borrower's line once. Empty when the borrower has none.
   */
  Optional<CreditLine> creditLine(String borrowerIdentifier);

  /** {@code POST /webhooks}: subscribes to events. Not retried on a server error (it would subscribe twice). */
  Webhook createWebhook(WebhookRequest webhook);

  /** {@code GET /webhooks}, every page. */
  List<Webhook> webhooks();

  /** {@code DELETE /webhook/{webhook_id}}. */
  void deleteWebhook(String webhookId);

  /** Releases the HTTP client; the client must not be used afterwards. */
  @Override
  void close();
}
