package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.Outcome;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchExecutionTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();

  private static ExecutionReport executeFileInvoices() {
    List<Invoice> invoices = ExecutionFixtures.fileInvoices();
    return LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(ExecutionFixtures.decide(invoices), ExecutionFixtures.inputs(invoices));
  }

  @Test
  void skipAndReviewDecisionsAreReportedNotRequestedWithTheirReasons() {
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));

    ExecutionReport report = executeFileInvoices();

    assertThat(report.entries()).extracting(LoanExecution::invoiceNumber, LoanExecution::decision, LoanExecution::outcome)
        .containsExactly(
            tuple("CVT-0001", Outcome.FINANCE, ExecutionOutcome.VALIDATED),
            tuple("CVT-0002", Outcome.SKIP, ExecutionOutcome.NOT_REQUESTED),
            tuple("CVT-0003", Outcome.REVIEW, ExecutionOutcome.NOT_REQUESTED),
            tuple("CVT-0004", Outcome.FINANCE, ExecutionOutcome.VALIDATED));
    assertThat(report.entries().get(1).reason()).isEqualTo("under 1 000 EUR");
    assertThat(report.entries().get(2).reason()).isEqualTo("a person looks first");
    assertThat(report.entries().get(1).rule()).contains("too small");
    assertThat(report.entries().get(2).loanId()).isEmpty();
    assertThat(DEFACTO.saltIdsReceived()).hasSize(2);
  }

  @Test
  void everyDecisionIsAccountedForWithCountsAndTotals() {
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));
    DecisionBatch batch = ExecutionFixtures.decide(ExecutionFixtures.fileInvoices());

    ExecutionReport report = executeFileInvoices();

    assertThat(report.entries()).hasSameSizeAs(batch.decisions());
    assertThat(report.entries()).extracting(LoanExecution::saltId)
        .containsExactlyElementsOf(batch.decisions().stream().map(d -> d.saltId()).toList());
    assertThat(report.count(ExecutionOutcome.VALIDATED)).isEqualTo(2);
    assertThat(report.count(ExecutionOutcome.NOT_REQUESTED)).isEqualTo(2);
    assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    assertThat(report.totalCents(ExecutionOutcome.VALIDATED, "EUR")).isEqualTo(400_000 + 250_000);
    assertThat(report.totalCents(ExecutionOutcome.NOT_REQUESTED, "EUR")).isZero();
  }

  @Test
  void aDeclinedLoanIsReportedWithDefactosDenialReason() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("DECLINED").declined("INVOICE_ALREADY_FINANCED"));
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));

    LoanExecution entry = executeFileInvoices().entries().get(0);

    assertThat(entry.outcome()).isEqualTo(ExecutionOutcome.DECLINED);
    assertThat(entry.denialReason()).contains("INVOICE_ALREADY_FINANCED");
    assertThat(entry.reason()).contains("INVOICE_ALREADY_FINANCED");
    assertThat(DEFACTO.validations("CVT-0001")).isZero();
  }

  @Test
  void aRejectedRequestFailsItsOwnDecisionWhileTheOthersProceed() {
    DEFACTO.server().stubFor(post(urlPathEqualTo("/loans")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.invoices[0].invoice_number", equalTo("CVT-0001")))
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"to_repay_at must be after to_pay_at\"}")));
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));

    ExecutionReport report = executeFileInvoices();

    LoanExecution failed = report.entries().get(0);
    assertThat(failed.outcome()).isEqualTo(ExecutionOutcome.FAILED);
    assertThat(failed.loanId()).isEmpty();
    assertThat(failed.error()).hasValueSatisfying(error -> {
      assertThat(error.operation()).isEqualTo("POST /loans");
      assertThat(error.httpStatus()).hasValue(422);
      assertThat(error.message()).contains("to_repay_at must be after to_pay_at");
    });
    assertThat(report.entries().get(3).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(report.toJson()).doesNotContain(FakeDefacto.API_KEY);
    assertThat(report.entries().toString()).doesNotContain(FakeDefacto.API_KEY);
  }

  @Test
  void aBadRequestIsNotRetriedAndFailsOnlyThatLoan() {
    DEFACTO.server().stubFor(post(urlPathEqualTo("/loans")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.invoices[0].invoice_number", equalTo("CVT-0004")))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"loan_to does not match the invoice\"}")));

    ExecutionReport report = executeFileInvoices();

    assertThat(report.entries().get(3).outcome()).isEqualTo(ExecutionOutcome.FAILED);
    assertThat(report.entries().get(3).error().orElseThrow().httpStatus()).hasValue(400);
    assertThat(report.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    DEFACTO.server().verify(1, postRequestedFor(urlPathEqualTo("/loans"))
        .withRequestBody(matchingJsonPath("$.invoices[0].invoice_number", equalTo("CVT-0004"))));
  }

  @Test
  void anUnreadablePayloadFailsItsDecisionBeforeAnyCall() {
    ObjectNode good = ExecutionFixtures.payload("MEM-1", "900000011", 300_000);
    ObjectNode noAccount = ExecutionFixtures.payload("MEM-2", "900000012", 300_000);
    noAccount.remove("to_account");
    List<Invoice> invoices = ExecutionFixtures.invoicesOf(List.of(good, noAccount));
    ObjectNode third = ExecutionFixtures.payload("MEM-3", "900000013", 300_000);
    List<Invoice> withUnknown = new ArrayList<>(invoices);
    withUnknown.addAll(ExecutionFixtures.invoicesOf(List.of(third)));

    ExecutionReport report = LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy())
        .payloads(InvoicePayloads.of(List.of(good, noAccount)))
        .build()
        .execute(ExecutionFixtures.decide(withUnknown), ExecutionFixtures.inputs(withUnknown));

    assertThat(report.entries()).extracting(LoanExecution::outcome)
        .containsExactly(ExecutionOutcome.VALIDATED, ExecutionOutcome.FAILED, ExecutionOutcome.FAILED);
    assertThat(report.entries().get(1).error().orElseThrow().message()).contains("to_account");
    assertThat(report.entries().get(2).error().orElseThrow().message()).contains("MEM-3");
    assertThat(DEFACTO.saltIdsReceived()).hasSize(1);
  }

  @Test
  void theSameInvoiceTwiceInABatchIsRequestedOnce() {
    List<Invoice> once = ExecutionFixtures.fileInvoices().subList(0, 1);
    DecisionBatch decided = ExecutionFixtures.decide(once);
    DecisionBatch twice = new DecisionBatch(List.of(decided.decisions().get(0), decided.decisions().get(0)));

    ExecutionReport report = LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(twice, ExecutionFixtures.inputs(once));

    assertThat(report.entries()).extracting(LoanExecution::outcome)
        .containsExactly(ExecutionOutcome.VALIDATED, ExecutionOutcome.NOT_REQUESTED);
    assertThat(report.entries().get(1).reason()).contains("earlier decision of this batch");
    assertThat(DEFACTO.saltIdsReceived()).hasSize(1);
  }

  @Test
  void aLoanInAStatusTheExecutorCannotActOnIsReportedFailedForAPerson() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("DELETED"));
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("SOME_STATUS_DEFACTO_ADDED_LATER"));

    ExecutionReport report = executeFileInvoices();

    assertThat(report.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.FAILED);
    assertThat(report.entries().get(0).loanId()).contains(FakeDefacto.loanId("CVT-0001"));
    assertThat(report.entries().get(0).error().orElseThrow().message()).contains("DELETED");
    assertThat(report.entries().get(3).outcome()).isEqualTo(ExecutionOutcome.FAILED);
    assertThat(report.entries().get(3).loanStatus()).contains("UNKNOWN");
  }

  @Test
  void amountsAreReportedInMinorUnits() {
    DEFACTO.plan("CVT-0004", FakeDefacto.Plan.of("VALIDATED"));

    ExecutionReport report = executeFileInvoices();

    assertThat(report.entries().get(0).amount()).contains(new Money(400_000, "EUR"));
    assertThat(report.entries().get(1).amount()).isEmpty();
  }
}
