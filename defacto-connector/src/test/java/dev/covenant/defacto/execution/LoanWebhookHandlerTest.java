package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.RetryPolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoanWebhookHandlerTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();
  private LoanWebhookHandler handler;

  @BeforeEach
  void newHandler() {
    handler = LoanWebhookHandler.builder(DEFACTO.client(RetryPolicy.none()), ExecutionFixtures.policy()).build();
  }

  /** A notification as Defacto sends it; {@code entity_state} is what GET /loan/{id} would return. */
  private static String notification(String id, String eventType, String loanId, String claimedStatus) {
    return """
        {"id": "%s", "event_type": "%s", "entity_type": "loan", "status": "%s", "transition_name": "ANY",
         "timestamp": "2026-11-10T09:30:00Z", "delivery_attempt": 1,
         "entity_state": {"id": "%s", "status": "%s", "amount": 400000, "currency": "EUR", "fees_estimated": 100}}
        """.formatted(id, eventType, claimedStatus, loanId, claimedStatus);
  }

  @Test
  void aToValidateNotificationReReadsTheLoanThenAppliesTheValidateRules() {
    DEFACTO.addLoan("loan-a", 400_000, "TO_VALIDATE", 5);

    WebhookResult result = handler.handle(notification("n-1", "Loan.TO_VALIDATE", "loan-a", "TO_VALIDATE"));

    assertThat(result.action()).isEqualTo(WebhookAction.VALIDATED);
    assertThat(result.rule()).contains("cheap");
    assertThat(result.loanStatus()).contains("VALIDATED");
    // WireMock lists the newest first; timestamps may tie within a millisecond, the list order does not.
    List<ServeEvent> calls = new ArrayList<>(DEFACTO.server().getAllServeEvents());
    Collections.reverse(calls);
    assertThat(calls).extracting(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl())
        .containsExactly("GET /loan/loan-a", "POST /loan/loan-a/validate");
  }

  @Test
  void aLoanCovenantDidNotRequestIsNeverValidated() {
    DEFACTO.addForeignLoan("loan-z", 400_000, "TO_VALIDATE", 5);

    WebhookResult result = handler.handle(notification("n-z", "Loan.TO_VALIDATE", "loan-z", "TO_VALIDATE"));

    assertThat(result.action()).isEqualTo(WebhookAction.RECORDED);
    assertThat(result.reason()).contains("not requested by Covenant");
    DEFACTO.server().verify(0, postRequestedFor(urlPathMatching("/loan/loan-z/(validate|cancel)")));
  }

  @Test
  void theRulesJudgeTheLoanAsReadNotTheConditionsTheNotificationClaims() {
    // The notification claims cheap fees (100 cents); Defacto's loan has dear ones (3%).
    DEFACTO.addLoan("loan-b", 400_000, "TO_VALIDATE", 30);

    WebhookResult result = handler.handle(notification("n-2", "Loan.TO_VALIDATE", "loan-b", "TO_VALIDATE"));

    assertThat(result.action()).isEqualTo(WebhookAction.CANCELED);
    assertThat(result.reason()).isEqualTo("fees above 2%");
    DEFACTO.server().verify(0, postRequestedFor(urlPathEqualTo("/loan/loan-b/validate")));
  }

  @Test
  void aForgedToValidateForADeclinedLoanValidatesNothing() {
    DEFACTO.addLoan("loan-c", 400_000, "DECLINED", 5);

    WebhookResult result = handler.handle(notification("n-3", "Loan.TO_VALIDATE", "loan-c", "TO_VALIDATE"));

    assertThat(result.action()).isEqualTo(WebhookAction.RECORDED);
    assertThat(result.loanStatus()).contains("DECLINED");
    assertThat(result.denialReason()).contains("INVOICE_ALREADY_FINANCED");
    DEFACTO.server().verify(0, postRequestedFor(urlPathMatching("/loan/.*")));
  }

  @Test
  void aStaleToValidateForAnAlreadyValidatedLoanIsOnlyRecorded() {
    DEFACTO.addLoan("loan-d", 400_000, "SCHEDULED", 5);

    WebhookResult result = handler.handle(notification("n-4", "Loan.TO_VALIDATE", "loan-d", "TO_VALIDATE"));

    assertThat(result.action()).isEqualTo(WebhookAction.RECORDED);
    assertThat(result.loanStatus()).contains("SCHEDULED");
    DEFACTO.server().verify(0, postRequestedFor(urlPathMatching("/loan/.*")));
  }

  @Test
  void aRepeatedNotificationIsHandledOnce() {
    DEFACTO.addLoan("loan-e", 400_000, "TO_VALIDATE", 18);
    String body = notification("n-5", "Loan.TO_VALIDATE", "loan-e", "TO_VALIDATE");

    WebhookResult first = handler.handle(body);
    WebhookResult second = handler.handle(body);

    assertThat(first.action()).isEqualTo(WebhookAction.HELD);
    assertThat(second.action()).isEqualTo(WebhookAction.IGNORED_DUPLICATE);
    assertThat(second.notificationId()).contains("n-5");
    DEFACTO.server().verify(1, getRequestedFor(urlPathEqualTo("/loan/loan-e")));
  }

  @Test
  void onlyTheConfiguredNumberOfIdsIsRemembered() {
    DEFACTO.addLoan("loan-f", 400_000, "TO_VALIDATE", 18);
    LoanWebhookHandler forgetful = LoanWebhookHandler.builder(DEFACTO.client(), ExecutionFixtures.policy())
        .rememberedIds(2).build();

    forgetful.handle(notification("n-a", "Loan.TO_VALIDATE", "loan-f", "TO_VALIDATE"));
    forgetful.handle(notification("n-b", "Loan.TO_VALIDATE", "loan-f", "TO_VALIDATE"));
    WebhookResult repeatWithinBound = forgetful.handle(notification("n-b", "Loan.TO_VALIDATE", "loan-f", "TO_VALIDATE"));
    forgetful.handle(notification("n-c", "Loan.TO_VALIDATE", "loan-f", "TO_VALIDATE"));
    WebhookResult forgotten = forgetful.handle(notification("n-a", "Loan.TO_VALIDATE", "loan-f", "TO_VALIDATE"));

    assertThat(repeatWithinBound.action()).isEqualTo(WebhookAction.IGNORED_DUPLICATE);
    assertThat(forgotten.action()).isEqualTo(WebhookAction.HELD);
  }

  @Test
  void aDeclinedNotificationIsRecordedWithTheDenialReasonReadFromDefacto() {
    DEFACTO.addLoan("loan-g", 400_000, "DECLINED", 5);

    WebhookResult result = handler.handle(notification("n-6", "Loan.DECLINED", "loan-g", "DECLINED"));

    assertThat(result.action()).isEqualTo(WebhookAction.RECORDED);
    assertThat(result.denialReason()).contains("INVOICE_ALREADY_FINANCED");
    assertThat(result.reason()).contains("INVOICE_ALREADY_FINANCED");
  }

  @Test
  void aFailedPaymentIsRecordedWithoutAnyCall() {
    String body = """
        {"id": "n-7", "event_type": "Payment.FAILED", "entity_type": "payment", "status": "FAILED",
         "timestamp": "2026-11-12T10:00:00Z",
         "entity_state": {"id": "pay-1", "status": "FAILED", "amount": 400000, "failure_reason": "ACCOUNT_CLOSED",
                          "related_to": {"loans": [{"loan_id": "loan-h", "amount": 400000}]}}}
        """;

    WebhookResult result = handler.handle(body);

    assertThat(result.action()).isEqualTo(WebhookAction.RECORDED);
    assertThat(result.loanId()).contains("loan-h");
    assertThat(result.reason()).contains("pay-1").contains("ACCOUNT_CLOSED");
    DEFACTO.server().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void otherEventTypesAreIgnored() {
    WebhookResult result = handler.handle(notification("n-8", "Loan.TO_REPAY", "loan-i", "TO_REPAY"));

    assertThat(result.action()).isEqualTo(WebhookAction.IGNORED_EVENT_TYPE);
    assertThat(result.eventType()).isEqualTo("Loan.TO_REPAY");
    DEFACTO.server().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void whatIsNotANotificationIsATypedError() {
    assertThatThrownBy(() -> handler.handle("{\"id\": \"n-9\", \"event_type\": "))
        .isInstanceOf(InvalidNotificationException.class)
        .hasMessageStartingWith("not a Defacto webhook notification");
    assertThatThrownBy(() -> handler.handle("[1, 2]")).isInstanceOf(InvalidNotificationException.class);
    assertThatThrownBy(() -> handler.handle("{\"id\": \"n-10\"}")).isInstanceOf(InvalidNotificationException.class);
    assertThatThrownBy(() -> handler.handle("{\"id\": \"n-11\", \"event_type\": \"Loan.TO_VALIDATE\", \"entity_state\": {}}"))
        .isInstanceOf(InvalidNotificationException.class).hasMessageContaining("entity_state.id");
    assertThatThrownBy(() -> handler.handle("[".repeat(10_000))).isInstanceOf(InvalidNotificationException.class);
    assertThatThrownBy(() -> handler.handle(" ".repeat(2 << 20))).isInstanceOf(InvalidNotificationException.class)
        .hasMessageContaining("more than");
    DEFACTO.server().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void whenTheLoanCannotBeReadTheResultIsFailedAndTheNextDeliveryIsHandled() {
    DEFACTO.addLoan("loan-j", 400_000, "TO_VALIDATE", 5);
    DEFACTO.server().stubFor(get(urlPathEqualTo("/loan/loan-j")).atPriority(1)
        .inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"maintenance\"}"))
        .willSetStateTo("back"));
    String body = notification("n-12", "Loan.TO_VALIDATE", "loan-j", "TO_VALIDATE");

    WebhookResult first = handler.handle(body);
    WebhookResult redelivered = handler.handle(body);

    assertThat(first.action()).isEqualTo(WebhookAction.FAILED);
    assertThat(first.error().orElseThrow().httpStatus()).hasValue(503);
    assertThat(first.reason()).doesNotContain(FakeDefacto.API_KEY);
    assertThat(redelivered.action()).isEqualTo(WebhookAction.VALIDATED);
  }

  @Test
  void whenHandlingFailsOutsideDefactosAnswersTheIdIsForgottenToo() {
    // The key supplier gives nothing for a moment (a secret store hiccup): the client refuses to
    // call, with an IllegalStateException rather than a DefactoException. The notification must
    // not stay remembered as handled, or every redelivery would be dropped as a duplicate and the
    // loan never validated.
    DEFACTO.addLoan("loan-k", 400_000, "TO_VALIDATE", 5);
    AtomicBoolean keyMissing = new AtomicBoolean(true);
    DefactoClient flaky = DefactoClient.builder()
        .baseUrl(URI.create(DEFACTO.server().baseUrl()))
        .apiKey(() -> keyMissing.get() ? null : FakeDefacto.API_KEY)
        .retryPolicy(RetryPolicy.none())
        .build();
    LoanWebhookHandler handler = LoanWebhookHandler.builder(flaky, ExecutionFixtures.policy()).build();
    String body = notification("n-13", "Loan.TO_VALIDATE", "loan-k", "TO_VALIDATE");

    WebhookResult first = handler.handle(body);
    keyMissing.set(false);
    WebhookResult redelivered = handler.handle(body);

    assertThat(first.action()).isEqualTo(WebhookAction.FAILED);
    assertThat(first.error()).isPresent();
    assertThat(redelivered.action()).isEqualTo(WebhookAction.VALIDATED);
    DEFACTO.server().verify(1, postRequestedFor(urlPathEqualTo("/loan/loan-k/validate")));
  }
}
