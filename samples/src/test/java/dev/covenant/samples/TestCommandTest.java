package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
  private static final String PASSING_AND_FAILING = """
      policy "p"
      finance {
        rule "too small" when invoice.to_pay_amount < 500 EUR then skip
        otherwise review
      }

      test "small invoices are skipped" {
        given invoice { to_pay_amount: 120 EUR }
        expect skip by "too small"
      }

      test "large invoices are skipped too" {
        given invoice { to_pay_amount: 9_000 EUR }
        expect skip by "too small"
      }
      """;

  @TempDir
  Path directory;

  @Test
  void bundledSamplePoliciesPassTheirTests() {
    RunnerResult result = RunnerResult.run("test", "policies");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("PASS policies/marketplace-receivables.policy:")
        .containsPattern("\\d+ tests: (\\d+) passed, 0 failed, in 3 policies");
  }

  @Test
  void printsOneLinePerTestWithFileLineAndNameAndExitsOneOnAFailure() throws IOException {
    Path policy = write("p.policy", PASSING_AND_FAILING);

    RunnerResult result = RunnerResult.run("test", policy.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("PASS " + policy + ":7 test \"small invoices are skipped\"\n")
        .contains("FAIL " + policy + ":12 test \"large invoices are skipped too\"\n")
        .contains("2 tests: 1 passed, 1 failed, in 1 policy");
  }

  @Test
  void aFailureShowsWhatDifferedAndTheExplanationIndented() throws IOException {
    Path policy = write("p.policy", PASSING_AND_FAILING);

    RunnerResult result = RunnerResult.run("test", policy.toString());

    String afterFailure = result.out().substring(result.out().indexOf("FAIL "));
    assertThat(afterFailure).contains("\n    expected skip by \"too small\", got review")
        .contains("\n    - rule \"too small\" (line 3) did not match")
        .contains("invoice.to_pay_amount = 9000.00 EUR");
  }

  @Test
  void aPolicyWithErrorsIsReportedAsCheckDoesAndCountsAsFailed() throws IOException {
    Path broken = write("broken.policy", "policy \"b\"\nfinance {\n  rule \"x\" when invoice.amout < 5 EUR then skip\n}\n");
    Path fine = write("fine.policy", "policy \"f\"\nfinance { otherwise skip }\ntest \"t\" {\n  given invoice { }\n  expect skip\n}\n");

    RunnerResult result = RunnerResult.run("test", broken.toString(), fine.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(broken + ":3:17: error: unknown field invoice.amout");
    assertThat(result.out()).contains("PASS " + fine + ":3 test \"t\"")
        .contains("1 test: 1 passed, 0 failed, in 1 policy; 1 policy with errors not run");
  }

  @Test
  void aMissingFileIsReportedInOneLineWithExitTwo() {
    Path absent = directory.resolve("absent.policy");

    RunnerResult result = RunnerResult.run("test", absent.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("covenant: cannot read " + absent + ": no such file").doesNotContain("Exception");
  }

  @Test
  void aPolicyWithoutTestsPassesWithNothingToReport() throws IOException {
    Path policy = write("quiet.policy", "policy \"q\"\nfinance { otherwise skip }\n");

    RunnerResult result = RunnerResult.run("test", policy.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("0 tests: 0 passed, 0 failed, in 1 policy" + System.lineSeparator());
  }

  @Test
  void helpListsTheExitCodes() {
    RunnerResult result = RunnerResult.run("test", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: covenant test").contains("Exit codes:")
        .contains("1   a test failed, or a policy has errors");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }
}
