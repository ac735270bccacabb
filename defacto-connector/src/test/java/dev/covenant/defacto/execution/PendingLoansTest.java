package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.Invoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PendingLoansTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();
  private static final List<Invoice> ONE_FINANCED = ExecutionFixtures.fileInvoices().subList(0, 1);
  private static final String LOAN = "/loan/" + FakeDefacto.loanId("CVT-0001");

  private final List<Duration> waits = new ArrayList<>();
  private final MovableClock clock = new MovableClock();

  /** A clock the sleeper moves: the budget's duration is spent without anyone sleeping. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-10T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private ExecutionReport execute(PollingBudget budget) {
    return LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy())
        .polling(budget)
        .clock(clock)
        .sleeper(wait -> {
          waits.add(wait);
          clock.now = clock.now.plus(wait);
        })
        .build()
        .execute(ExecutionFixtures.decide(ONE_FINANCED), ExecutionFixtures.inputs(ONE_FINANCED));
  }

  @Test
  void aPendingLoanIsReadAgainUntilProposedThenValidated() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("PENDING_VALIDATION", "PENDING_VALIDATION", "TO_VALIDATE"));

    ExecutionReport report = execute(PollingBudget.defaults());

    LoanExecution entry = report.entries().get(0);
    assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(entry.rule()).contains("cheap");
    assertThat(DEFACTO.validations("CVT-0001")).isEqualTo(1);
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    DEFACTO.server().verify(2, getRequestedFor(urlPathEqualTo(LOAN)));
  }

  @Test
  void aLoanStillPendingWhenTheAttemptsRunOutIsReportedPendingForItsWebhook() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("PENDING_VALIDATION"));

    ExecutionReport report = execute(new PollingBudget(3, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(5)));

    LoanExecution entry = report.entries().get(0);
    assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.PENDING);
    assertThat(entry.loanId()).contains(FakeDefacto.loanId("CVT-0001"));
    assertThat(entry.loanStatus()).contains("PENDING_VALIDATION");
    assertThat(entry.reason()).contains("after 3 reads").contains("webhook");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    DEFACTO.server().verify(3, getRequestedFor(urlPathEqualTo(LOAN)));
  }

  @Test
  void pollingStopsBeforeTheNextWaitWouldOverrunTheDuration() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("PENDING_VALIDATION"));

    ExecutionReport report = execute(new PollingBudget(100, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(4)));

    assertThat(report.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.PENDING);
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4));
  }

  @Test
  void withPollingDisabledAPendingLoanIsLeftToTheWebhookAtOnce() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("PENDING_VALIDATION", "TO_VALIDATE"));

    ExecutionReport report = execute(PollingBudget.disabled());

    assertThat(report.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.PENDING);
    assertThat(report.entries().get(0).reason()).contains("not polled");
    assertThat(waits).isEmpty();
    DEFACTO.server().verify(0, getRequestedFor(urlPathEqualTo(LOAN)));
  }
}
