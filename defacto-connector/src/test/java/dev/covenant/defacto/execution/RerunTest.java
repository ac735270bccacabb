package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.RetryPolicy;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Re-running an execution, as after a crash: Defacto's salt_id dedup and the loan's status prevent any double. */
class RerunTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();
  private static final List<Invoice> INVOICES = ExecutionFixtures.fileInvoices();
  private static final String VALIDATE_0001 = "/loan/" + FakeDefacto.loanId("CVT-0001") + "/validate";

  @BeforeEach
  void planCvt0004() {
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));
  }

  private static ExecutionReport run(RetryPolicy retries) {
    // Each run decides afresh, as a restarted process would: the salt ids come out the same.
    DecisionBatch batch = ExecutionFixtures.decide(INVOICES);
    return LoanExecutor.builder(DEFACTO.client(retries), ExecutionFixtures.policy()).build()
        .execute(batch, ExecutionFixtures.inputs(INVOICES));
  }

  @Test
  void aRunInterruptedBeforeValidatingIsFinishedByTheNextWithoutASecondLoan() {
    // The first run loses its connection while validating: the loan exists, still TO_VALIDATE.
    DEFACTO.server().stubFor(post(urlPathEqualTo(VALIDATE_0001)).atPriority(1)
        .inScenario("crash").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("recovered"));

    ExecutionReport first = run(RetryPolicy.none());
    ExecutionReport second = run(RetryPolicy.none());

    assertThat(first.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.FAILED);
    assertThat(first.entries().get(0).loanId()).contains(FakeDefacto.loanId("CVT-0001"));
    assertThat(second.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(second.entries().get(0).rule()).contains("cheap");
    assertThat(DEFACTO.loansCreated()).isEqualTo(2);
    assertThat(DEFACTO.saltIdsReceived()).hasSize(4);
    assertThat(DEFACTO.validations("CVT-0001")).isEqualTo(1);
  }

  @Test
  void aRunAfterACompletedOneValidatesNothingAgain() {
    ExecutionReport first = run(RetryPolicy.defaults());
    ExecutionReport second = run(RetryPolicy.defaults());

    assertThat(first.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(second.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(second.entries().get(0).reason()).contains("not validated again");
    assertThat(second.entries()).extracting(LoanExecution::loanId)
        .containsExactlyElementsOf(first.entries().stream().map(LoanExecution::loanId).toList());
    assertThat(DEFACTO.loansCreated()).isEqualTo(2);
    assertThat(DEFACTO.validations("CVT-0001")).isEqualTo(1);
    DEFACTO.server().verify(1, postRequestedFor(urlPathEqualTo(VALIDATE_0001)));
  }

  @Test
  void aLoanCanceledByAnEarlierRunIsNeitherRequestedAnewNorTouched() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("TO_VALIDATE").fees(30));

    run(RetryPolicy.defaults());
    ExecutionReport second = run(RetryPolicy.defaults());

    assertThat(second.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.CANCELED);
    assertThat(second.entries().get(0).loanStatus()).contains("CANCELED");
    assertThat(DEFACTO.loansCreated()).isEqualTo(2);
    assertThat(DEFACTO.cancellations("CVT-0001")).isEqualTo(1);
  }

  @Test
  void aLoanThatMovedOnSinceTheLastRunIsReportedAsItIsNow() {
    run(RetryPolicy.defaults());
    DEFACTO.setStatus("CVT-0001", "TO_REPAY");

    ExecutionReport second = run(RetryPolicy.defaults());

    assertThat(second.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(second.entries().get(0).loanStatus()).contains("TO_REPAY");
    assertThat(DEFACTO.validations("CVT-0001")).isEqualTo(1);
  }
}
