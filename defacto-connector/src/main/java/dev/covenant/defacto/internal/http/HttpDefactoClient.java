package dev.covenant.defacto.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.core.model.CreditLine;
import dev.covenant.defacto.DefactoClient;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@link DefactoClient} over HTTP: each method is one retried Feign call, or a lazy run of them. */
public final class HttpDefactoClient implements DefactoClient {
  private final ClientSettings settings;
  private final DefactoApi api;
  private final Retrier retrier;
  private final CreditLineCache creditLines;

  public HttpDefactoClient(ClientSettings settings) {
    this.settings = settings;
    ObjectMapper mapper = DefactoMapper.create();
    this.api = FeignApi.create(settings, mapper);
    this.retrier = new Retrier(settings.retryPolicy(), settings.sleeper(), settings.jitterSource());
    this.creditLines = new CreditLineCache(settings.creditLineCacheTtl(), settings.clock(), this::readCreditLine);
  }

  @Override
  public String hello() {
    return call(Operation.HELLO, api::hello);
  }

  @Override
  public BorrowerRequest generateBusiness(boolean isBorrower) {
    return generateBusiness(new QueryParameters().add("is_borrower", isBorrower));
  }

  @Override
  public BorrowerRequest generateBusiness(boolean isBorrower, String country) {
    Objects.requireNonNull(country, "country");
    return generateBusiness(new QueryParameters().add("is_borrower", isBorrower).add("country", country));
  }

  private BorrowerRequest generateBusiness(QueryParameters query) {
    return call(Operation.GENERATE_BUSINESS, () -> api.generateBusiness(query.toMap()));
  }

  @Override
  public BorrowerProfile createBorrower(BorrowerRequest borrower) {
    Objects.requireNonNull(borrower, "borrower");
    return call(Operation.CREATE_BORROWER, () -> api.createBorrower(borrower));
  }

  @Override
  public BorrowerProfile borrower(String borrowerId) {
    Objects.requireNonNull(borrowerId, "borrowerId");
    return call(Operation.BORROWER, () -> api.borrower(borrowerId));
  }

  @Override
  public Stream<BorrowerProfile> borrowers(BorrowerFilter filter) {
    QueryParameters query = new QueryParameters()
        .add("borrower_id", filter.ids())
        .add("borrower_identifier", filter.identifier());
    return pages(Operation.BORROWERS, cursor -> api.borrowers(query.page(settings.pageSize(), cursor)));
  }

  @Override
  public BorrowerProfile signBorrower(String borrowerId, SignatureRequest signature) {
    Objects.requireNonNull(borrowerId, "borrowerId");
    Objects.requireNonNull(signature, "signature");
    return call(Operation.SIGN_BORROWER, () -> api.signBorrower(borrowerId, signature));
  }

  @Override
  public GeneratedInvoice generateInvoice(InvoiceGeneration generation) {
    Objects.requireNonNull(generation, "generation");
    return call(Operation.GENERATE_INVOICE, () -> api.generateInvoice(generation));
  }

  @Override
  public String generateIban(SandboxScenario scenario) {
    Map<String, Object> query = new QueryParameters().add("scenario", scenario.name()).toMap();
    return call(Operation.GENERATE_IBAN, () -> api.generateIban(query)).iban();
  }

  @Override
  public void setBusinessEligibility(BusinessIdentifier business, EligibilityScenario scenario) {
    WireEligibility body = new WireEligibility(Objects.requireNonNull(business, "business"),
        Objects.requireNonNull(scenario, "scenario"));
    call(Operation.SET_BUSINESS_ELIGIBILITY, () -> {
      api.setBusinessEligibility(body);
      return body;
    });
  }

  @Override
  public Loan createLoan(LoanRequest request) {
    Objects.requireNonNull(request, "request");
    // Only the salt_id lets Defacto recognise a repeat; without it a retry could lend twice.
    Operation.Repeat repeat = request.saltId().isPresent()
        ? Operation.CREATE_LOAN.repeat() : Operation.Repeat.RATE_LIMIT_ONLY;
    return retrier.call(Operation.CREATE_LOAN, repeat, () -> api.createLoan(request));
  }

  @Override
  public Loan loan(String loanId) {
    Objects.requireNonNull(loanId, "loanId");
    return call(Operation.LOAN, () -> api.loan(loanId));
  }

  @Override
  public Stream<Loan> loans(LoanFilter filter) {
    QueryParameters query = new QueryParameters()
        .add("borrower", filter.borrowers())
        .add("status", QueryParameters.names(filter.statuses()))
        .add("id", filter.ids())
        .add("sort_by", filter.sortBy());
    return pages(Operation.LOANS, cursor -> api.loans(query.page(settings.pageSize(), cursor)));
  }

  @Override
  public Loan validateLoan(String loanId) {
    Objects.requireNonNull(loanId, "loanId");
    return call(Operation.VALIDATE_LOAN, () -> api.validateLoan(loanId));
  }

  @Override
  public Loan cancelLoan(String loanId) {
    Objects.requireNonNull(loanId, "loanId");
    return call(Operation.CANCEL_LOAN, () -> api.cancelLoan(loanId));
  }

  @Override
  public Stream<Payment> payments(PaymentFilter filter) {
    QueryParameters query = new QueryParameters()
        .add("loan_id", filter.loanIds())
        .add("status", QueryParameters.names(filter.statuses()));
    return pages(Operation.PAYMENTS, cursor -> api.payments(query.page(settings.pageSize(), cursor)));
  }

  @Override
  public List<LoanEvent> loanEvents(String loanId) {
    Objects.requireNonNull(loanId, "loanId");
    QueryParameters query = new QueryParameters();
    try (Stream<LoanEvent> events = pages(Operation.LOAN_EVENTS,
        cursor -> api.loanEvents(loanId, query.page(settings.pageSize(), cursor)))) {
      return events.toList();
    }
  }

  @Override
  public Stream<CreditLine> creditLines(CreditLineFilter filter) {
    QueryParameters query = new QueryParameters()
        .add("borrower", filter.borrowers())
        .add("id", filter.ids());
    return pages(Operation.CREDIT_LINES, cursor -> api.creditLines(query.page(settings.pageSize(), cursor)))
        .flatMap(line -> line.toCreditLine().stream());
  }

  @Override
  public Optional<CreditLine> creditLine(String borrowerIdentifier) {
    Objects.requireNonNull(borrowerIdentifier, "borrowerIdentifier");
    return creditLines.get(borrowerIdentifier);
  }

  private Optional<CreditLine> readCreditLine(String borrowerIdentifier) {
    try (Stream<CreditLine> lines = creditLines(CreditLineFilter.forBorrowers(borrowerIdentifier))) {
      return lines.filter(line -> line.borrowerIdentifier().equals(borrowerIdentifier)).findFirst();
    }
  }

  @Override
  public Webhook createWebhook(WebhookRequest webhook) {
    Objects.requireNonNull(webhook, "webhook");
    return call(Operation.CREATE_WEBHOOK, () -> api.createWebhook(webhook));
  }

  @Override
  public List<Webhook> webhooks() {
    QueryParameters query = new QueryParameters();
    try (Stream<Webhook> hooks = pages(Operation.WEBHOOKS, cursor -> api.webhooks(query.page(settings.pageSize(), cursor)))) {
      return hooks.toList();
    }
  }

  @Override
  public void deleteWebhook(String webhookId) {
    Objects.requireNonNull(webhookId, "webhookId");
    call(Operation.DELETE_WEBHOOK, () -> {
      api.deleteWebhook(webhookId);
      return webhookId;
    });
  }

  // java.net.http.HttpClient holds nothing that needs closing before Java 21; the cache is dropped.
  @Override
  public void close() {
    creditLines.clear();
  }

  @Override
  public String toString() {
    return "DefactoClient[" + settings.baseUrl() + "]";
  }

  private <T> T call(Operation operation, Supplier<T> attempt) {
    return retrier.call(operation, operation.repeat(), attempt);
  }

  private <T> Stream<T> pages(Operation operation, Function<Optional<String>, WirePage<T>> fetch) {
    return PageIterator.stream(cursor -> call(operation, () -> fetch.apply(cursor)));
  }
}
