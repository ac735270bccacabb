package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.covenant.defacto.TestClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.core.model.Money;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.BorrowerFilter;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.BorrowerStatus;
import dev.covenant.defacto.api.Business;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanEvent;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.Payment;
import dev.covenant.defacto.api.PaymentFilter;
import dev.covenant.defacto.api.PaymentStatus;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.Webhook;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Defacto's answers read into the records, every field the spec gives, unknown ones ignored. */
class ResponsesTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  private DefactoClient client;

  @BeforeEach
  void connect() {
    client = TestClients.client(defacto.baseUrl());
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void readsALoanWithItsOffsetsAndAccounts() {
    defacto.stubFor(get("/loan/L1").willReturn(okJson(fixture("loan.json"))));

    Loan loan = client.loan("L1");

    assertThat(loan.id()).isEqualTo("6f1c2a52-8d1e-4c1b-9a57-3b0e8f6d2c11");
    assertThat(loan.status()).isEqualTo(LoanStatus.TO_VALIDATE);
    assertThat(loan.money()).isEqualTo(new Money(12_000, "EUR"));
    assertThat(loan.feesEstimated()).isEqualTo(OptionalLong.of(84));
    assertThat(loan.denialReason()).isEmpty();
    assertThat(loan.toPayAt()).contains(OffsetDateTime.parse("2024-03-01T09:00:00+01:00"));
    assertThat(loan.toRepayAt().orElseThrow().getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(loan.submittedAt()).contains(OffsetDateTime.parse("2024-02-28T16:30:12.123456Z"));
    assertThat(loan.paidAt()).isEmpty();
    assertThat(loan.borrower()).contains(new Business(Optional.of("0a6b8c1e-2222-4f0a-8c3d-5e6f7a8b9c0d"),
        "552100554", Optional.of("siren"), Optional.of("Atelier Lumen SAS")));
    assertThat(loan.beneficiary().map(Business::identifier)).contains("443061841");
    assertThat(loan.invoiceIds()).containsExactly("b5e0c9d8-1111-4a2b-8c3d-4e5f6a7b8c9d");
    assertThat(loan.loanType()).contains("INVOICE_BASED_FINANCING");
    assertThat(loan.loanTo()).contains(AccountDetails.iban("FR7612345000010000000000185", "TESTFRPP"));
    assertThat(loan.repaymentTo().map(AccountDetails::accountNumber)).contains("FR7655555000010000000000555");
    assertThat(loan.repaymentToReferences()).containsExactly("RMB-7QX2");
    assertThat(loan.repaidAmount()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void aLoanBecomesTheProposalCorePoliciesValidate() {
    defacto.stubFor(get("/loan/L1").willReturn(okJson(fixture("loan.json"))));

    LoanProposal proposal = client.loan("L1").toProposal();

    assertThat(proposal).isEqualTo(new LoanProposal("6f1c2a52-8d1e-4c1b-9a57-3b0e8f6d2c11", 12_000, "EUR",
        OptionalLong.of(84), Optional.of(OffsetDateTime.parse("2024-03-01T09:00:00+01:00")),
        Optional.of(OffsetDateTime.parse("2024-04-01T09:00:00+02:00")), "TO_VALIDATE", Optional.of("552100554")));
  }

  @Test
  void aStatusDefactoAddsLaterReadsAsUnknown() {
    defacto.stubFor(get("/loan/L1").willReturn(okJson("""
        {"id": "L1", "status": "ON_THE_MOON", "amount": 100, "currency": "GBP", "denial_reason": "SOMETHING_NEW"}""")));

    Loan loan = client.loan("L1");

    assertThat(loan.status()).isEqualTo(LoanStatus.UNKNOWN);
    assertThat(loan.denialReason()).contains("SOMETHING_NEW");
    assertThat(loan.invoiceIds()).isEmpty();
    assertThat(loan.borrower()).isEmpty();
    assertThat(loan.feesEstimated()).isEmpty();
  }

  @Test
  void readsABorrowerAndDropsItsPresignedContractUrl() {
    defacto.stubFor(get("/borrower/B1").willReturn(okJson(fixture("borrower.json"))));

    BorrowerProfile borrower = client.borrower("B1");

    assertThat(borrower.identifier()).isEqualTo("552100554");
    assertThat(borrower.status()).contains(BorrowerStatus.READY);
    assertThat(borrower.isReady()).isTrue();
    assertThat(borrower.signedAt()).contains(OffsetDateTime.parse("2024-01-10T08:15:00Z"));
    assertThat(borrower.contractId()).contains("9e8d7c6b-3333-4a5b-8c7d-1e2f3a4b5c6d");
    assertThat(borrower.toString()).doesNotContain("X-Amz-Signature");
    assertThat(borrower.toBorrower().status()).contains("READY");
  }

  @Test
  void theGeneratedBusinessKeepsItsOwnerAndDirectors() {
    defacto.stubFor(get(urlPathEqualTo("/sandbox/business-generator")).willReturn(okJson(fixture("generated-business.json"))));

    BorrowerRequest business = client.generateBusiness(true);

    assertThat(business.identifier()).isEqualTo("801234567");
    assertThat(business.legalForm()).contains("SARL");
    assertThat(business.owner().orElseThrow().path("last_name").asText()).isEqualTo("Exemple");
    assertThat(business.directors()).hasSize(1);
    assertThat(business.address().orElseThrow().path("city").asText()).isEqualTo("Paris");
    assertThat(business.toString()).doesNotContain("camille@example.test");
  }

  @Test
  void theGeneratedInvoiceKeepsItsWholePayload() {
    defacto.stubFor(post("/sandbox/invoice-generator").willReturn(okJson(fixture("generated-invoice.json")).withStatus(201)));

    GeneratedInvoice invoice = client.generateInvoice(InvoiceGeneration.of(SandboxScenario.SUCCESS));

    assertThat(invoice.invoiceNumber()).isEqualTo("INV-TEST-0001");
    assertThat(invoice.pdfDownloadUrl()).contains("https://files.example.test/invoice.pdf");
    assertThat(invoice.invoiceCreationPayload().path("document").asText()).startsWith("JVBERi0");
    assertThat(invoice.invoiceCreationPayload().has("invoice_type")).isTrue();
    assertThat(invoice.toString()).doesNotContain("JVBERi0");
  }

  @Test
  void readsPaymentsToleratingAnUnknownStatus() {
    defacto.stubFor(get(urlPathEqualTo("/payments")).willReturn(okJson(fixture("payments-page.json"))));

    List<Payment> payments = client.payments(PaymentFilter.all()).toList();

    assertThat(payments).hasSize(2);
    Payment payout = payments.get(0);
    assertThat(payout.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(payout.amount()).isEqualTo(12_000);
    assertThat(payout.paymentType()).isEqualTo("LOAN_PAYMENT");
    assertThat(payout.paymentMethod()).contains("SCT");
    assertThat(payout.paidAt()).contains(OffsetDateTime.parse("2024-03-01T09:05:00+01:00"));
    assertThat(payout.toAccountDetails().map(AccountDetails::accountNumber)).contains("FR7612345000010000000000185");
    assertThat(payout.toReferences()).containsExactly("INV-2024-0042");
    assertThat(payments.get(1).status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(payments.get(1).failureReason()).contains("insufficient funds");
    assertThat(payments.get(1).currency()).isEmpty();
  }

  @Test
  void readsCreditLinesIntoCoresModelWithExactRates() {
    defacto.stubFor(get(urlPathEqualTo("/credit_lines")).willReturn(okJson(fixture("credit-lines-page.json"))));

    List<CreditLine> lines = client.creditLines(CreditLineFilter.all()).toList();

    assertThat(lines).containsExactly(new CreditLine(Optional.of("cl-552100554"), "552100554", "EUR",
        OptionalLong.of(5_000_000), OptionalLong.of(3_500_000), 1_000_000, 500_000,
        Optional.of(new BigDecimal("0.00023"))));
  }

  @Test
  void readsLoanEvents() {
    defacto.stubFor(get(urlPathEqualTo("/loan/L1/events")).willReturn(okJson(fixture("loan-events-page.json"))));

    List<LoanEvent> events = client.loanEvents("L1");

    assertThat(events).extracting(LoanEvent::status).containsExactly(LoanStatus.PENDING_VALIDATION, LoanStatus.TO_VALIDATE);
    assertThat(events.get(0).transitionName()).contains("submit");
    assertThat(events.get(0).timestamp()).contains(OffsetDateTime.parse("2024-02-28T16:30:12Z"));
    assertThat(events.get(0).payload().orElseThrow().path("amount").asLong()).isEqualTo(12_000);
    assertThat(events.get(1).payload()).isEmpty();
  }

  @Test
  void readsWebhooksAndBorrowerPages() {
    defacto.stubFor(get(urlPathEqualTo("/webhooks"))
        .willReturn(okJson("{\"count\": 1, \"page_size\": 100, \"data\": [" + fixture("webhook.json") + "]}")));
    defacto.stubFor(get(urlPathEqualTo("/borrowers"))
        .willReturn(okJson("{\"count\": 1, \"page_size\": 100, \"data\": [" + fixture("borrower.json") + "]}")));

    assertThat(client.webhooks()).containsExactly(new Webhook(Optional.of("7c0d9e8f-4444-4a1b-8c2d-3e4f5a6b7c8d"),
        "covenant", URI.create("https://hooks.example.test/defacto"), List.of("Loan.TO_VALIDATE", "Payment.FAILED")));
    assertThat(client.borrowers(BorrowerFilter.all()).map(BorrowerProfile::identifier)).containsExactly("552100554");
  }
}
