package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.covenant.defacto.TestClients.API_KEY;
import static dev.covenant.defacto.TestClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.BorrowerFilter;
import dev.covenant.defacto.api.BorrowerRequest;
import dev.covenant.defacto.api.BusinessIdentifier;
import dev.covenant.defacto.api.CreditLineFilter;
import dev.covenant.defacto.api.EligibilityScenario;
import dev.covenant.defacto.api.InvoiceGeneration;
import dev.covenant.defacto.api.LoanFilter;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.PaymentFilter;
import dev.covenant.defacto.api.PaymentStatus;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.SignatureRequest;
import dev.covenant.defacto.api.WebhookRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operation sends exactly the request Defacto's specification describes. */
class RequestsTest {
  private static final String EMPTY_PAGE = "{\"count\": 0, \"page_size\": 100, \"data\": [], \"next_page\": null}";

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

  private static RequestPatternBuilder authorized(RequestPatternBuilder request) {
    return request.withHeader("Authorization", equalTo("Bearer " + API_KEY));
  }

  @Test
  void helloSendsTheKeyAsBearerAndReturnsTheGreeting() {
    defacto.stubFor(get("/hello").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain").withBody("Hello, partner!\n")));

    assertThat(client.hello()).isEqualTo("Hello, partner!");

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/hello"))));
  }

  @Test
  void createLoanPostsTheBodyWithTheInvoicePayloadUntouched() throws Exception {
    defacto.stubFor(post("/loans").willReturn(okJson(fixture("loan.json")).withStatus(201)));
    ObjectNode invoice = (ObjectNode) new ObjectMapper().readTree(fixture("generated-invoice.json"))
        .get("invoice_creation_payload");
    LoanRequest request = LoanRequest.builder(12_000, AccountDetails.iban("FR7612345000010000000000185", "TESTFRPP"),
            OffsetDateTime.parse("2024-03-01T09:00:00+01:00"), OffsetDateTime.parse("2024-04-01T09:00:00+02:00"))
        .currency("EUR")
        .invoice(invoice)
        .borrower(BusinessIdentifier.of("552100554", "siren"))
        .saltId("salt-4f2a")
        .autoValidate(false)
        .waitForValidation(true)
        .build();

    client.createLoan(request);

    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/loans")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {
              "amount": 12000,
              "currency": "EUR",
              "loan_to": {"account_number": "FR7612345000010000000000185", "account_number_type": "iban",
                          "bank_identifier": "TESTFRPP", "bank_identifier_type": "bic"},
              "to_pay_at": "2024-03-01T09:00:00+01:00",
              "to_repay_at": "2024-04-01T09:00:00+02:00",
              "invoices": [%s],
              "borrower": {"identifier": "552100554", "identifier_type": "siren"},
              "salt_id": "salt-4f2a",
              "auto_validate": false,
              "wait_for_validation": true
            }""".formatted(invoice.toString()))));
    String sent = defacto.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(new ObjectMapper().readTree(sent).get("invoices").get(0)).isEqualTo(invoice);
  }

  @Test
  void loanGetsItById() {
    defacto.stubFor(get("/loan/6f1c2a52").willReturn(okJson(fixture("loan.json"))));

    client.loan("6f1c2a52");

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/loan/6f1c2a52"))));
  }

  @Test
  void loansSendsEveryFilterAsRepeatedQueryParameters() {
    defacto.stubFor(get(urlPathEqualTo("/loans")).willReturn(okJson(EMPTY_PAGE)));

    client.loans(LoanFilter.all().withBorrowers("552100554", "443061841")
        .withStatuses(LoanStatus.TO_VALIDATE, LoanStatus.TO_REPAY).sortedBy("created_at:asc")).toList();

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/loans")))
        .withQueryParam("borrower", havingExactly("552100554", "443061841"))
        .withQueryParam("status", havingExactly("TO_VALIDATE", "TO_REPAY"))
        .withQueryParam("sort_by", equalTo("created_at:asc"))
        .withQueryParam("page_size", equalTo("100"))
        .withQueryParam("cursor", absent())
        .withQueryParam("id", absent()));
  }

  @Test
  void validateAndCancelPostWithoutBody() {
    defacto.stubFor(post("/loan/L1/validate").willReturn(okJson(fixture("loan.json"))));
    defacto.stubFor(post("/loan/L1/cancel").willReturn(okJson(fixture("loan.json"))));

    client.validateLoan("L1");
    client.cancelLoan("L1");

    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/loan/L1/validate"))));
    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/loan/L1/cancel"))));
    assertThat(defacto.getAllServeEvents()).allSatisfy(event -> assertThat(event.getRequest().getBody()).isEmpty());
  }

  @Test
  void paymentsFiltersByLoanAndStatus() {
    defacto.stubFor(get(urlPathEqualTo("/payments")).willReturn(okJson(EMPTY_PAGE)));

    client.payments(PaymentFilter.forLoan("L1").withStatuses(PaymentStatus.FAILED)).toList();

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/payments")))
        .withQueryParam("loan_id", equalTo("L1"))
        .withQueryParam("status", equalTo("FAILED")));
  }

  @Test
  void loanEventsGetsTheLoansHistory() {
    defacto.stubFor(get(urlPathEqualTo("/loan/L1/events")).willReturn(okJson(EMPTY_PAGE)));

    client.loanEvents("L1");

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/loan/L1/events")))
        .withQueryParam("page_size", equalTo("100")));
  }

  @Test
  void creditLinesFiltersByBorrowerIdentifier() {
    defacto.stubFor(get(urlPathEqualTo("/credit_lines")).willReturn(okJson(EMPTY_PAGE)));

    client.creditLines(CreditLineFilter.forBorrowers("552100554")).toList();

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/credit_lines")))
        .withQueryParam("borrower", equalTo("552100554")));
  }

  @Test
  void generateBusinessUsesQueryParametersNotABody() {
    defacto.stubFor(get(urlPathEqualTo("/sandbox/business-generator")).willReturn(okJson(fixture("generated-business.json"))));

    client.generateBusiness(true, "FRA");

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/sandbox/business-generator")))
        .withQueryParam("is_borrower", equalTo("true"))
        .withQueryParam("country", equalTo("FRA")));
  }

  @Test
  void createBorrowerPostsTheGeneratedBusinessWithItsSignature() {
    defacto.stubFor(get(urlPathEqualTo("/sandbox/business-generator")).willReturn(okJson(fixture("generated-business.json"))));
    defacto.stubFor(post("/borrowers").willReturn(okJson(fixture("borrower.json")).withStatus(201)));
    BorrowerRequest fake = client.generateBusiness(true);

    client.createBorrower(fake.withSignedAt(OffsetDateTime.parse("2024-01-10T08:15:00Z")).withWaitForReady(true));

    String expected = fixture("generated-business.json").strip();
    expected = expected.substring(0, expected.length() - 1)
        + ", \"signed_at\": \"2024-01-10T08:15:00Z\", \"wait_for_ready\": true}";
    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/borrowers"))).withRequestBody(equalToJson(expected)));
  }

  @Test
  void borrowerAndBorrowersAndSign() {
    defacto.stubFor(get("/borrower/B1").willReturn(okJson(fixture("borrower.json"))));
    defacto.stubFor(get(urlPathEqualTo("/borrowers")).willReturn(okJson(EMPTY_PAGE)));
    defacto.stubFor(post("/borrower/B1/sign").willReturn(okJson(fixture("borrower.json"))));

    client.borrower("B1");
    client.borrowers(BorrowerFilter.identifier("552100554")).toList();
    client.signBorrower("B1", new SignatureRequest(OffsetDateTime.parse("2024-01-10T08:15:00+00:00"), true));

    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/borrower/B1"))));
    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/borrowers")))
        .withQueryParam("borrower_identifier", equalTo("552100554")));
    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/borrower/B1/sign")))
        .withRequestBody(equalToJson("{\"signed_at\": \"2024-01-10T08:15:00Z\", \"wait_for_ready\": true}")));
  }

  @Test
  void sandboxGeneratorsAndEligibility() {
    defacto.stubFor(post("/sandbox/invoice-generator").willReturn(okJson(fixture("generated-invoice.json")).withStatus(201)));
    defacto.stubFor(get(urlPathEqualTo("/sandbox/iban-generator"))
        .willReturn(okJson("{\"iban\": \"FR7630001007941234567890185\"}").withStatus(201)));
    defacto.stubFor(post("/sandbox/business-eligible").willReturn(aResponse().withStatus(204)));

    client.generateInvoice(InvoiceGeneration.of(SandboxScenario.REJECT));
    assertThat(client.generateIban(SandboxScenario.FAIL)).isEqualTo("FR7630001007941234567890185");
    client.setBusinessEligibility(BusinessIdentifier.of("552100554", "siren"), EligibilityScenario.NOT_ELIGIBLE);

    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/sandbox/invoice-generator")))
        .withRequestBody(equalToJson("{\"scenario\": \"REJECT\"}")));
    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/sandbox/iban-generator")))
        .withQueryParam("scenario", equalTo("FAIL")));
    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/sandbox/business-eligible")))
        .withRequestBody(equalToJson("""
            {"business_identifier": {"identifier": "552100554", "identifier_type": "siren"}, "scenario": "NOT_ELIGIBLE"}""")));
  }

  @Test
  void webhooksCreateListAndDelete() {
    defacto.stubFor(post("/webhooks").willReturn(okJson(fixture("webhook.json")).withStatus(201)));
    defacto.stubFor(get(urlPathEqualTo("/webhooks")).willReturn(okJson(EMPTY_PAGE)));
    defacto.stubFor(delete("/webhook/W1").willReturn(aResponse().withStatus(204)));

    client.createWebhook(new WebhookRequest("covenant", URI.create("https://hooks.example.test/defacto"),
        List.of("Loan.TO_VALIDATE", "Payment.FAILED")));
    client.webhooks();
    client.deleteWebhook("W1");

    defacto.verify(authorized(postRequestedFor(urlPathEqualTo("/webhooks"))).withRequestBody(equalToJson("""
        {"name": "covenant", "to_url": "https://hooks.example.test/defacto", "event_types": ["Loan.TO_VALIDATE", "Payment.FAILED"]}""")));
    defacto.verify(authorized(getRequestedFor(urlPathEqualTo("/webhooks"))));
    defacto.verify(authorized(deleteRequestedFor(urlPathEqualTo("/webhook/W1"))));
  }

  @Test
  void theKeyIsReadFromItsSupplierAtEveryRequest() {
    defacto.stubFor(get("/hello").willReturn(aResponse().withStatus(200).withBody("hi")));
    int[] calls = {0};
    try (DefactoClient rotating = DefactoClient.builder().baseUrl(URI.create(defacto.baseUrl()))
        .apiKey(() -> "key-" + ++calls[0]).build()) {
      rotating.hello();
      rotating.hello();
    }

    defacto.verify(getRequestedFor(urlPathEqualTo("/hello")).withHeader("Authorization", equalTo("Bearer key-1")));
    defacto.verify(getRequestedFor(urlPathEqualTo("/hello")).withHeader("Authorization", equalTo("Bearer key-2")));
  }
}
