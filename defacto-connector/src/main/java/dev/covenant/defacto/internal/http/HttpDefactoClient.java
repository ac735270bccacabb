package dev.covenant.defacto.internal.http;

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
import java.util.Optional;
import java.util.stream.Stream;

/** The client over HTTP; being written (issue 5). */
public final class HttpDefactoClient implements DefactoClient {
  private final ClientSettings settings;

  public HttpDefactoClient(ClientSettings settings) {
    this.settings = settings;
  }

  @Override
  public String hello() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public BorrowerRequest generateBusiness(boolean isBorrower) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public BorrowerRequest generateBusiness(boolean isBorrower, String country) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public BorrowerProfile createBorrower(BorrowerRequest borrower) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public BorrowerProfile borrower(String borrowerId) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Stream<BorrowerProfile> borrowers(BorrowerFilter filter) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public BorrowerProfile signBorrower(String borrowerId, SignatureRequest signature) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public GeneratedInvoice generateInvoice(InvoiceGeneration generation) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public String generateIban(SandboxScenario scenario) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public void setBusinessEligibility(BusinessIdentifier business, EligibilityScenario scenario) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Loan createLoan(LoanRequest request) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Loan loan(String loanId) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Stream<Loan> loans(LoanFilter filter) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Loan validateLoan(String loanId) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Loan cancelLoan(String loanId) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Stream<Payment> payments(PaymentFilter filter) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public List<LoanEvent> loanEvents(String loanId) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Stream<CreditLine> creditLines(CreditLineFilter filter) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Optional<CreditLine> creditLine(String borrowerIdentifier) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Webhook createWebhook(WebhookRequest webhook) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public List<Webhook> webhooks() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public void deleteWebhook(String webhookId) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public void close() {
    // nothing held yet
  }

  @Override
  public String toString() {
    return "DefactoClient[" + settings.baseUrl() + "]";
  }
}
