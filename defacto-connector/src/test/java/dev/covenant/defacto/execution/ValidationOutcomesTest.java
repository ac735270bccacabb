package dev.covenant.defacto.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.RetryPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationOutcomesTest {
  @RegisterExtension
  static final FakeDefacto DEFACTO = new FakeDefacto();
  private static final List<Invoice> ONE_FINANCED = ExecutionFixtures.fileInvoices().subList(0, 1);

  private ExecutionReport execute(FakeDefacto.Plan plan) {
    DEFACTO.plan("CVT-0001", plan);
    return LoanExecutor.builder(DEFACTO.client(), ExecutionFixtures.policy()).build()
        .execute(ExecutionFixtures.decide(ONE_FINANCED), ExecutionFixtures.inputs(ONE_FINANCED));
  }

  @ParameterizedTest(name = "fees of {0} per mille: {1} by {2}")
  @CsvSource(nullValues = "-", value = {
      "5,  VALIDATED, cheap,    VALIDATED,   1, 0",
      "30, CANCELED,  dear,     CANCELED,    0, 1",
      "18, HELD,      middling, TO_VALIDATE, 0, 0",
      "12, HELD,      -,        TO_VALIDATE, 0, 0"})
  void aProposedLoanIsValidatedCanceledOrHeldByTheValidateRules(int feesPerMille, ExecutionOutcome outcome, String rule,
      String finalStatus, int validations, int cancellations) {
    ExecutionReport report = execute(FakeDefacto.Plan.of("TO_VALIDATE").fees(feesPerMille));

    LoanExecution entry = report.entries().get(0);
    assertThat(entry.outcome()).isEqualTo(outcome);
    if (rule == null) {
      assertThat(entry.rule()).isEmpty();
    } else {
      assertThat(entry.rule()).contains(rule);
    }
    assertThat(entry.loanStatus()).contains(finalStatus);
    assertThat(DEFACTO.validations("CVT-0001")).isEqualTo(validations);
    assertThat(DEFACTO.cancellations("CVT-0001")).isEqualTo(cancellations);
  }

  @Test
  void aCanceledLoanCarriesTheRulesReason() {
    LoanExecution entry = execute(FakeDefacto.Plan.of("TO_VALIDATE").fees(30)).entries().get(0);

    assertThat(entry.reason()).isEqualTo("fees above 2%");
  }

  @Test
  void aHeldLoanIsLeftUntouchedForAPerson() {
    LoanExecution entry = execute(FakeDefacto.Plan.of("TO_VALIDATE").fees(18)).entries().get(0);

    assertThat(entry.reason()).isEqualTo("between 1.5% and 2%: a person decides");
    DEFACTO.server().verify(0, postRequestedFor(urlPathMatching("/loan/.*")));
  }

  @Test
  void aValidationWhoseAnswerWasLostIsFoundDoneByReadingTheLoanAgain() {
    DEFACTO.plan("CVT-0001", FakeDefacto.Plan.of("TO_VALIDATE").losingTheValidateAnswer());

    ExecutionReport report = LoanExecutor.builder(DEFACTO.client(RetryPolicy.none()), ExecutionFixtures.policy()).build()
        .execute(ExecutionFixtures.decide(ONE_FINANCED), ExecutionFixtures.inputs(ONE_FINANCED));

    assertThat(report.entries().get(0).outcome()).isEqualTo(ExecutionOutcome.VALIDATED);
    assertThat(report.entries().get(0).loanStatus()).contains("VALIDATED");
    assertThat(DEFACTO.validations("CVT-0001")).isEqualTo(1);
  }
}
