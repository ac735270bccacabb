package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.covenant.defacto.TestClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.covenant.defacto.api.AccountDetails;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanRequest;
import dev.covenant.defacto.api.WebhookRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What is tried again, how often, and after how long. */
class RetriesTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();

  private DefactoClient client(RetryPolicy policy) {
    return TestClients.builder(defacto.baseUrl(), sleeper).retryPolicy(policy).build();
  }

  private DefactoClient client() {
    return client(RetryPolicy.defaults());
  }

  @Test
  void aLoanRequestThatTimedOutIsSentAgainWithTheSameSaltIdAndGivesOneLoan() {
    defacto.stubFor(post("/loans").inScenario("504").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(504).withBody("{\"message\": \"timeout\"}")).willSetStateTo("retried"));
    defacto.stubFor(post("/loans").inScenario("504").whenScenarioStateIs("retried")
        .willReturn(okJson(fixture("loan.json")).withStatus(201)));

    Loan loan;
    try (DefactoClient client = client()) {
      loan = client.createLoan(loanRequest("salt-invoice-42"));
    }

    assertThat(loan.id()).isEqualTo("6f1c2a52-8d1e-4c1b-9a57-3b0e8f6d2c11");
    List<LoggedRequest> sent = defacto.findAll(postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString()).contains("\"salt_id\":\"salt-invoice-42\"");
    assertThat(sleeper.delays).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aLoanRequestWithoutSaltIdIsNotRepeatedAfterAServerError() {
    defacto.stubFor(post("/loans").willReturn(aResponse().withStatus(504)));

    try (DefactoClient client = client()) {
      assertThatThrownBy(() -> client.createLoan(loanRequest(null))).isInstanceOf(DefactoTimeoutException.class);
    }

    defacto.verify(1, postRequestedFor(urlPathEqualTo("/loans")));
  }

  @Test
  void aBlankSaltIdIsRefusedBeforeAnythingIsSent() {
    // A blank salt_id is left out of the body (empty values are not sent), so Defacto could not
    // recognise a repeat; yet it counted as present and made the request safe to retry after a
    // 504: a second loan for the same invoice.
    defacto.stubFor(post("/loans").willReturn(aResponse().withStatus(504)));

    assertThatThrownBy(() -> loanRequest("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salt_id");
    assertThatThrownBy(() -> loanRequest("  ")).isInstanceOf(IllegalArgumentException.class);
    defacto.verify(0, postRequestedFor(urlPathEqualTo("/loans")));
  }

  @Test
  void honoursRetryAfterInSeconds() {
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("later"));
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs("later").willReturn(okJson(fixture("loan.json"))));

    try (DefactoClient client = client()) {
      client.loan("L1");
    }

    assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void honoursRetryAfterAsAnHttpDateAgainstTheClock() {
    Instant now = Instant.parse("2024-03-01T12:00:00Z");
    String in20Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(20), ZoneOffset.UTC));
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", in20Seconds)).willSetStateTo("later"));
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs("later").willReturn(okJson(fixture("loan.json"))));

    try (DefactoClient client = TestClients.builder(defacto.baseUrl(), sleeper)
        .clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
      client.loan("L1");
    }

    assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void capsARetryAfterLongerThanThePolicyAllows() {
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")).willSetStateTo("later"));
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs("later").willReturn(okJson(fixture("loan.json"))));

    try (DefactoClient client = client()) {
      client.loan("L1");
    }

    assertThat(sleeper.delays).containsExactly(RetryPolicy.defaults().maxRetryAfter());
  }

  @Test
  void capsARetryAfterTooLargeForALongAsWell() {
    // Seconds beyond a long are still "wait longer than anyone would": the cap, not the short
    // backoff that comes back at once (3600 waits the cap; this must not wait less).
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "99999999999999999999"))
        .willSetStateTo("later"));
    defacto.stubFor(get("/loan/L1").inScenario("429").whenScenarioStateIs("later").willReturn(okJson(fixture("loan.json"))));

    try (DefactoClient client = client()) {
      client.loan("L1");
    }

    assertThat(sleeper.delays).containsExactly(RetryPolicy.defaults().maxRetryAfter());
  }

  @Test
  void aValidationErrorIsNotRetried() {
    defacto.stubFor(post("/loans").willReturn(aResponse().withStatus(400).withBody("{\"message\": \"bad amount\"}")));

    try (DefactoClient client = client()) {
      assertThatThrownBy(() -> client.createLoan(loanRequest("salt-1"))).isInstanceOf(DefactoValidationException.class);
    }

    defacto.verify(1, postRequestedFor(urlPathEqualTo("/loans")));
    assertThat(sleeper.delays).isEmpty();
  }

  @Test
  void aConnectionResetIsRetried() {
    defacto.stubFor(get("/loan/L1").inScenario("reset").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("back"));
    defacto.stubFor(get("/loan/L1").inScenario("reset").whenScenarioStateIs("back").willReturn(okJson(fixture("loan.json"))));

    try (DefactoClient client = client()) {
      assertThat(client.loan("L1").id()).isEqualTo("6f1c2a52-8d1e-4c1b-9a57-3b0e8f6d2c11");
    }

    defacto.verify(2, getRequestedFor(urlPathEqualTo("/loan/L1")));
  }

  @Test
  void attemptsAreBoundedAndBackoffGrowsExponentiallyUpToItsCap() {
    defacto.stubFor(get("/loan/L1").willReturn(aResponse().withStatus(503)));
    RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(300), 0, Duration.ofSeconds(1));

    try (DefactoClient client = client(policy)) {
      assertThatThrownBy(() -> client.loan("L1")).isInstanceOf(DefactoServerException.class)
          .hasMessage("GET /loan/{loan_id} failed with HTTP 503");
    }

    defacto.verify(5, getRequestedFor(urlPathEqualTo("/loan/L1")));
    assertThat(sleeper.delays).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300),
        Duration.ofMillis(300));
  }

  @Test
  void aPolicyWhoseWaitsCouldOverflowIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> new RetryPolicy(3, ChronoUnit.FOREVER.getDuration(), ChronoUnit.FOREVER.getDuration(), 0,
        Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessage("backoffs must not exceed PT1H");
  }

  @Test
  void jitterShortensTheBackoffByARandomShare() {
    defacto.stubFor(get("/loan/L1").willReturn(aResponse().withStatus(500)));
    RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(1000), Duration.ofSeconds(10), 0.5, Duration.ofSeconds(1));

    try (DefactoClient client = TestClients.builder(defacto.baseUrl(), sleeper).retryPolicy(policy)
        .jitterSource(() -> 0.5).build()) {
      assertThatThrownBy(() -> client.loan("L1")).isInstanceOf(DefactoServerException.class);
    }

    assertThat(sleeper.delays).containsExactly(Duration.ofMillis(750));
  }

  @Test
  void aWebhookSubscriptionIsNotRepeatedAfterAServerErrorButIsAfterARateLimit() {
    defacto.stubFor(post("/webhooks").inScenario("hooks").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429)).willSetStateTo("failing"));
    defacto.stubFor(post("/webhooks").inScenario("hooks").whenScenarioStateIs("failing")
        .willReturn(aResponse().withStatus(500)));

    try (DefactoClient client = client()) {
      assertThatThrownBy(() -> client.createWebhook(new WebhookRequest("covenant", URI.create("https://hooks.example.test/x"),
          List.of("Loan.TO_VALIDATE")))).isInstanceOf(DefactoServerException.class);
    }

    defacto.verify(2, postRequestedFor(urlPathEqualTo("/webhooks")));
  }

  private static LoanRequest loanRequest(String saltId) {
    LoanRequest.Builder builder = LoanRequest.builder(12_000, AccountDetails.of("FR7612345000010000000000185"),
        OffsetDateTime.parse("2024-03-01T00:00:00Z"), OffsetDateTime.parse("2024-04-01T00:00:00Z"));
    return saltId == null ? builder.build() : builder.saltId(saltId).build();
  }
}
