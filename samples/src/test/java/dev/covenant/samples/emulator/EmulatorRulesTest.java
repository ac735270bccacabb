package dev.covenant.samples.emulator;

import static dev.covenant.samples.emulator.EmulatorTestSupport.START;
import static dev.covenant.samples.emulator.EmulatorTestSupport.STEPS;
import static dev.covenant.samples.emulator.EmulatorTestSupport.client;
import static dev.covenant.samples.emulator.EmulatorTestSupport.creditLine;
import static dev.covenant.samples.emulator.EmulatorTestSupport.invoiceFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.loanFor;
import static dev.covenant.samples.emulator.EmulatorTestSupport.readyBorrower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoValidationException;
import dev.covenant.defacto.FieldError;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.BorrowerFilter;
import dev.covenant.defacto.api.BorrowerProfile;
import dev.covenant.defacto.api.BusinessIdentifier;
import dev.covenant.defacto.api.EligibilityScenario;
import dev.covenant.defacto.api.GeneratedInvoice;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanFilter;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.SandboxScenario;
import dev.covenant.defacto.api.Webhook;
import dev.covenant.defacto.api.WebhookRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EmulatorClock clock = EmulatorClock.at(START);
  private DefactoEmulator emulator;
  private DefactoClient defacto;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    emulator = DefactoEmulator.builder().clock(clock).timeline(STEPS).start();
    defacto = client(emulator);
  }

  @AfterEach
  void stop() {
    defacto.close();
    emulator.close();
  }

  @Test
  void aRepeatedSaltIdAnswersTheFirstLoanInItsCurrentState() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    LoanRequest request = loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START).saltId("s-1").build();
    Loan first = defacto.createLoan(request);
    clock.advance(Duration.ofSeconds(1));

    Loan again = defacto.createLoan(request);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.status()).isEqualTo(LoanStatus.TO_VALIDATE);
    assertThat(emulator.loans()).hasSize(1);
    assertThat(emulator.loanRequests()).isEqualTo(2);
  }

  @Test
  void anotherLoanForAFinancedInvoiceIsDeclinedAsAlreadyFinanced() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    GeneratedInvoice invoice = invoiceFor(defacto, borrower, SandboxScenario.SUCCESS);
    defacto.createLoan(loanFor(invoice, START).saltId("a").build());

    Loan second = defacto.createLoan(loanFor(invoice, START).saltId("b").waitForValidation(true).build());

    assertThat(second.status()).isEqualTo(LoanStatus.DECLINED);
    assertThat(second.denialReason()).contains("INVOICE_ALREADY_FINANCED");
  }

  @Test
  void moreThanTheAvailableBalanceIsDeclined() throws IOException {
    try (DefactoEmulator small = DefactoEmulator.builder().clock(clock).creditLinePool(100_000).start();
        DefactoClient client = client(small)) {
      BorrowerProfile borrower = readyBorrower(client, START);
      Loan loan = client.createLoan(loanFor(invoiceFor(client, borrower, SandboxScenario.SUCCESS), START, 100_001)
          .waitForValidation(true).build());

      assertThat(loan.status()).isEqualTo(LoanStatus.DECLINED);
      assertThat(loan.denialReason()).contains("AMOUNT_SUPERIOR_TO_AVAILABLE_BALANCE");
      assertThat(creditLine(client, borrower.identifier()).balanceAvailable()).hasValue(100_000);
    }
  }

  @Test
  void aNotEligibleBorrowerOrBuyerIsDeclined() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    GeneratedInvoice invoice = invoiceFor(defacto, borrower, SandboxScenario.SUCCESS);
    String buyer = invoice.invoiceCreationPayload().path("buyer").path("identifier").asText();
    defacto.setBusinessEligibility(BusinessIdentifier.of(buyer, "siren"), EligibilityScenario.NOT_ELIGIBLE);
    Loan toBuyer = defacto.createLoan(loanFor(invoice, START).waitForValidation(true).build());
    assertThat(toBuyer.status()).isEqualTo(LoanStatus.DECLINED);
    assertThat(toBuyer.denialReason()).contains("CREDIT_RISK_NOT_ELIGIBLE_COUNTERPARTY");

    defacto.setBusinessEligibility(BusinessIdentifier.of(borrower.identifier()), EligibilityScenario.NOT_ELIGIBLE);
    Loan ofBorrower = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START)
        .waitForValidation(true).build());
    assertThat(ofBorrower.denialReason()).contains("CREDIT_RISK_NOT_ELIGIBLE");

    defacto.setBusinessEligibility(BusinessIdentifier.of(borrower.identifier()), EligibilityScenario.OK);
    Loan eligibleAgain = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START)
        .waitForValidation(true).build());
    assertThat(eligibleAgain.status()).isEqualTo(LoanStatus.TO_VALIDATE);
  }

  @Test
  void aBorrowerToSignIsDeclined() {
    dev.covenant.defacto.api.BorrowerRequest business = defacto.generateBusiness(true);
    BorrowerProfile toSign = defacto.createBorrower(business);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, toSign, SandboxScenario.SUCCESS), START)
        .waitForValidation(true).build());
    assertThat(loan.denialReason()).contains("BORROWER_TO_SIGN");
  }

  @Test
  void invalidLoanRequestsAreRefusedNamingTheFields() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    GeneratedInvoice invoice = invoiceFor(defacto, borrower, SandboxScenario.SUCCESS);
    ObjectNode payload = invoice.invoiceCreationPayload();
    payload.remove("document");
    OffsetDateTime now = OffsetDateTime.ofInstant(START, ZoneOffset.UTC);
    LoanRequest wrong = LoanRequest.builder(payload.path("to_pay_amount").asLong() + 1,
        AccountDetails.iban("FR7630001007941234567890185", "BDFEFRPP"), now, now.plusDays(30)).invoice(payload).build();

    assertThatThrownBy(() -> defacto.createLoan(wrong)).isInstanceOfSatisfying(DefactoValidationException.class, e -> {
      assertThat(e.status()).hasValue(400);
      assertThat(e.fieldErrors()).extracting(FieldError::field)
          .contains("amount", "loan_to.account_number", "invoices.0.document");
    });

    LoanRequest unknownBorrower = LoanRequest.builder(1_000, AccountDetails.of("FR7630001007941234567890185"), now,
        now.plusDays(10)).borrower(BusinessIdentifier.of("999999999")).build();
    assertThatThrownBy(() -> defacto.createLoan(unknownBorrower))
        .isInstanceOfSatisfying(DefactoValidationException.class,
            e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("borrower"));
  }

  @Test
  void aLoanWithoutRequiredFieldsGetsDefactosErrorShape() throws Exception {
    HttpResponse<String> response = post("/loans", "{\"loan_to\": {}}", "k");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode fields = MAPPER.readTree(response.body()).path("errors").path("json");
    assertThat(fields.path("amount").get(0).asText()).isEqualTo("Missing data for required field.");
    assertThat(fields.has("loan_to.account_number")).isTrue();
    assertThat(fields.has("to_pay_at")).isTrue();
    assertThat(fields.has("to_repay_at")).isTrue();
  }

  @Test
  void everyRouteWantsABearerKey() throws Exception {
    HttpResponse<String> none = http.send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/hello")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(MAPPER.readTree(none.body()).path("message").asText()).isNotBlank();

    try (DefactoEmulator keyed = DefactoEmulator.builder().apiKey("right").start()) {
      HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(keyed.baseUrl().resolve("/hello"))
          .header("Authorization", "Bearer wrong").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).doesNotContain("wrong");
      HttpResponse<String> right = http.send(HttpRequest.newBuilder(keyed.baseUrl().resolve("/hello"))
          .header("Authorization", "Bearer right").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(right.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void unknownRoutesWrongMethodsAndMalformedJsonAreRefusedInJson() throws Exception {
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(post("/hello", "{}", "k").statusCode()).isEqualTo(405);
    HttpResponse<String> malformed = post("/borrowers", "{\"identifier\": ", "k");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(malformed.body()).path("message").asText()).startsWith("Malformed JSON body");
    assertThat(get("/loan/nope").statusCode()).isEqualTo(404);
    assertThat(post("/borrowers", "{\"name\": \"x\"}", "k").statusCode()).isEqualTo(400);
  }

  @Test
  void aBodyLargerThanAnyLoanRequestIsRefusedUnread() throws Exception {
    String huge = "{\"identifier\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}";

    HttpResponse<String> refused = post("/borrowers", huge, "k");

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(MAPPER.readTree(refused.body()).path("message").asText()).contains("larger than 16 MB");
  }

  @Test
  void loansArePagedByCursorAndFilteredByStatusAndBorrower() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    for (int i = 0; i < 130; i++) {
      defacto.createLoan(loanFor(invoiceFor(defacto, borrower, i % 2 == 0 ? SandboxScenario.SUCCESS
          : SandboxScenario.REJECT), START, 1_000).saltId("p-" + i).build());
    }
    clock.advance(Duration.ofSeconds(1));

    assertThat(defacto.loans(LoanFilter.all()).map(Loan::id).distinct().count()).isEqualTo(130);
    assertThat(defacto.loans(LoanFilter.all().withStatuses(LoanStatus.DECLINED)).count()).isEqualTo(65);
    assertThat(defacto.loans(LoanFilter.all().withStatuses(LoanStatus.DECLINED, LoanStatus.TO_VALIDATE)).count())
        .isEqualTo(130);
    assertThat(defacto.loans(LoanFilter.all().withBorrowers(borrower.identifier())).count()).isEqualTo(130);
    assertThat(defacto.loans(LoanFilter.all().withBorrowers("000000000")).count()).isZero();
  }

  @Test
  void aPageAsksForAtMostAHundred() throws Exception {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    for (int i = 0; i < 3; i++) {
      defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START, 1_000).build());
    }
    JsonNode page = MAPPER.readTree(get("/loans?page_size=2").body());
    assertThat(page.path("count").asInt()).isEqualTo(2);
    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("data").get(0).has("metadata")).isTrue();
    JsonNode next = MAPPER.readTree(get("/loans?page_size=2&cursor=" + page.path("next_page").asText()).body());
    assertThat(next.path("count").asInt()).isEqualTo(1);
    assertThat(next.path("next_page").isNull()).isTrue();
    assertThat(MAPPER.readTree(get("/loans?page_size=1000").body()).path("page_size").asInt()).isEqualTo(100);
  }

  @Test
  void metadataIsKeptAndShown() {
    BorrowerProfile borrower = readyBorrower(defacto, START);
    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, borrower, SandboxScenario.SUCCESS), START)
        .metadata("policy", "p1").build());
    JsonNode metadata = readJson("/loan/" + loan.id()).path("metadata");
    assertThat(metadata.path("policy").asText()).isEqualTo("p1");
  }

  @Test
  void generatedIbansCarryTheirScenarioWithValidCheckDigits() {
    for (SandboxScenario scenario : SandboxScenario.values()) {
      String iban = defacto.generateIban(scenario);
      assertThat(dev.covenant.samples.emulator.internal.Scenario.isValidIban(iban)).as(iban).isTrue();
      assertThat(dev.covenant.samples.emulator.internal.Scenario.of(iban).name()).isEqualTo(scenario.name());
    }
    // Defacto's own published test IBANs read as their scenarios.
    assertThat(dev.covenant.samples.emulator.internal.Scenario.of("FR1311111045594746737398900").name()).isEqualTo("FAIL");
    assertThat(dev.covenant.samples.emulator.internal.Scenario.of("FR3711111025593244332331294").name())
        .isEqualTo("SUCCESS_ONE_DAY_LATER");
  }

  @Test
  void webhooksAreSubscribedListedAndDeleted() {
    Webhook hook = defacto.createWebhook(new WebhookRequest("w", URI.create("http://127.0.0.1:9/hook"),
        List.of("Loan.TO_VALIDATE")));
    assertThat(hook.id()).isPresent();
    assertThat(defacto.webhooks()).extracting(w -> w.id().orElseThrow()).containsExactly(hook.id().orElseThrow());
    defacto.deleteWebhook(hook.id().orElseThrow());
    assertThat(defacto.webhooks()).isEmpty();
  }

  @Test
  void seededBorrowersAndCreditLinesAreServedAsInTheirFiles() throws IOException {
    Path data = Path.of("data");
    emulator.seed(data.resolve("borrowers.json"), data.resolve("credit-lines.json"));

    assertThat(defacto.borrowers(BorrowerFilter.identifier("412508731")).toList()).singleElement()
        .satisfies(b -> assertThat(b.isReady()).isTrue());
    dev.covenant.core.model.CreditLine line = creditLine(defacto, "412508731");
    assertThat(line.poolAmount()).hasValue(50_000_000);
    assertThat(line.balanceAvailable()).hasValue(30_000_000);

    Loan loan = defacto.createLoan(loanFor(invoiceFor(defacto, defacto.borrowers(BorrowerFilter.identifier("412508731"))
        .findFirst().orElseThrow(), SandboxScenario.SUCCESS), START, 1_000_000).build());
    assertThat(loan.status()).isEqualTo(LoanStatus.PENDING_VALIDATION);
    assertThat(creditLine(defacto, "412508731").balanceAvailable()).hasValue(29_000_000);
  }

  private JsonNode readJson(String path) {
    try {
      return MAPPER.readTree(get(path).body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(emulator.baseUrl().resolve(path)).header("Authorization", "Bearer k")
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(emulator.baseUrl().resolve(path)).header("Authorization", "Bearer " + key)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
