package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstLoanCommandTest {

  @AfterEach
  void restoreEnvironment() {
    DefactoTarget.environment = System::getenv;
  }

  @ParameterizedTest(name = "{0} ends {1}")
  @CsvSource({
    "SUCCESS, CLOSED",
    "SUCCESS_ONE_DAY_LATER, CLOSED",
    "FAIL, ISSUE_DETECTED",
    "REJECT, DECLINED",
    "CANCEL, CANCELED"
  })
  void walksTheNineStepsOnTheEmulatorToWhereTheScenarioEnds(String scenario, String end) {
    RunnerResult result = RunnerResult.run("first-loan", "--scenario", scenario);

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    for (int step = 1; step <= 9; step++) {
      assertThat(result.out()).contains("Step " + step + "/9");
    }
    assertThat(result.out())
        .contains("-> GET /hello", "-> POST /borrowers", "-> POST /sandbox/invoice-generator", "-> POST /loans")
        .contains("the same loan, thanks to the salt_id")
        .doesNotContain("A SECOND LOAN")
        .contains("The loan ended " + end + "; the " + scenario + " scenario ends " + end);
  }

  @Test
  void theSuccessfulLoanIsValidatedPaidOutRepaidAndItsHistoryShown() {
    RunnerResult result = RunnerResult.run("first-loan");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("status READY")
        .contains("status TO_VALIDATE")
        // Validated, and at once scheduled for payout.
        .containsPattern("-> POST /loan/[^/]+/validate\\R  <- status (VALIDATED|SCHEDULED)")
        .containsPattern("LOAN_PAYMENT .*: PAID")
        .contains("status TO_REPAY, repay ")
        .contains("status CLOSED")
        // A refused request shows Defacto's message and the field at fault, and is not retried.
        .containsPattern("<- HTTP 400: .*loan_to");
  }

  @Test
  void aDefactoHostNeedsTheKeyFromTheEnvironment() {
    DefactoTarget.environment = Map::of;

    RunnerResult result = RunnerResult.run("first-loan", "--base-url", "https://api-sandbox.getdefacto.com");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("set DEFACTO_API_KEY").doesNotContain("Exception");
  }

  @Test
  void neverRunsOnProduction() {
    DefactoTarget.environment = () -> Map.of(DefactoTarget.API_KEY_VARIABLE, "sk_live_x");

    RunnerResult result = RunnerResult.run("first-loan", "--base-url", "https://api.getdefacto.com");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("production").doesNotContain("sk_live_x");
  }

  @Test
  void anUnknownScenarioIsAUsageError() {
    RunnerResult result = RunnerResult.run("first-loan", "--scenario", "MAYBE");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("expected SUCCESS, SUCCESS_ONE_DAY_LATER, FAIL, REJECT or CANCEL, got 'MAYBE'");
  }
}
