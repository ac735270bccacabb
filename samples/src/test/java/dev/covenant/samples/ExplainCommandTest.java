package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  private static final String POLICY = "policies/marketplace-receivables.policy";
  private static final String INVOICES = "data/marketplace-receivables/invoices/receivables.json";
  private static final String SMALL_POLICY = """
      policy "small"
      finance {
        rule "tiny" when invoice.to_pay_amount < 500 EUR then skip "below the ticket"
        rule "all"
          when invoice.to_pay_amount >= 500 EUR
          then finance 50% of invoice.to_pay_amount
               auto_validate
        otherwise skip
      }
      """;
  private static final String ONE_INVOICE = """
      {"invoice_number": "T-1", "currency": "EUR", "issued_at": "2026-11-01T09:00:00+00:00",
       "due_at": "2026-12-01T09:00:00+00:00", "total_amount": 120000, "to_pay_amount": 120000,
       "seller": {"identifier": "412508731"}}
      """;
  private static final String CREDIT_LINE = """
      {"data": [{"default_borrower": {"identifier": "412508731"}, "currency": "EUR", "balance_available": 5000000}]}
      """;

  @TempDir
  Path directory;

  @Test
  void printsTheDecisionItsTermsAndTheRuleTrace() throws IOException {
    RunnerResult result = explain(write("small.policy", SMALL_POLICY), write("one.json", ONE_INVOICE),
        "--credit-lines", write("lines.json", CREDIT_LINE).toString(), "--today", "2026-11-10");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("invoice T-1 of seller 412508731 (" + directory.resolve("one.json") + ")")
        .contains("outcome:       finance\n")
        .contains("rule:          \"all\"\n")
        .contains("amount:        600.00 EUR\n")
        .contains("pay on:        2026-11-10\n")
        .contains("repay on:      2026-12-01\n")
        .contains("auto_validate: true\n")
        .containsPattern("salt_id: +cov1-[0-9a-f]{32}\n")
        .contains("today:         2026-11-10\n")
        .contains("- rule \"tiny\" (line 3) did not match\n    fails: invoice.to_pay_amount < 500 EUR")
        .contains("- rule \"all\" (line 4) decided");
  }

  @Test
  void theIndexPicksOneInvoiceOfSeveralAndTheOutputSaysWhich() {
    RunnerResult result = RunnerResult.run("explain", "--policy", POLICY, "--invoice", INVOICES, "--index", "6",
        "--borrowers", "data/borrowers.json", "--credit-lines", "data/credit-lines.json", "--today", "2026-11-16");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("invoice MR-2026-1007 of seller 412508731 (index 6 of 11 invoices in " + INVOICES + ")")
        .contains("rule:          \"core market\"")
        .contains("amount:        12,400.00 EUR")
        .contains("repay on:      2026-12-15");
  }

  @Test
  void theSameInvoiceGivesTheSameOutputEveryTime() {
    String[] args = {"explain", "--policy", POLICY, "--invoice", INVOICES, "--index", "3", "--today", "2026-11-16"};

    assertThat(RunnerResult.run(args).out()).isEqualTo(RunnerResult.run(args).out());
  }

  @Test
  void anIndexBeyondTheFileIsReportedWithHowManyItHolds() {
    RunnerResult result = RunnerResult.run("explain", "--policy", POLICY, "--invoice", INVOICES, "--index", "11");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("covenant: " + INVOICES + " has no invoice at --index 11: it holds 11 invoices");
  }

  @Test
  void aMissingInvoiceFileIsOneLineAndExitTwo() throws IOException {
    Path absent = directory.resolve("absent.json");

    RunnerResult result = explain(write("small.policy", SMALL_POLICY), absent);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("covenant: cannot read " + absent + ": no such file" + System.lineSeparator());
  }

  @Test
  void aMissingBorrowersFileIsOneLineAndExitTwo() throws IOException {
    Path absent = directory.resolve("borrowers.json");

    RunnerResult result = explain(write("small.policy", SMALL_POLICY), write("one.json", ONE_INVOICE),
        "--borrowers", absent.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("covenant: cannot read " + absent + ": no such file" + System.lineSeparator());
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn() throws IOException {
    Path invoices = write("broken.json", "[\n  {\"invoice_number\": \"T-1\",\n   \"total_amount\": 12,,}\n]\n");

    RunnerResult result = explain(write("small.policy", SMALL_POLICY), invoices);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: " + invoices + ":3:")
        .doesNotContain("Exception").doesNotContain("\tat ").hasLineCount(1);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void malformedJsonAfterTheChosenInvoiceIsStillReported() throws IOException {
    Path invoices = write("tail.json", "[" + ONE_INVOICE + ", {\"invoice_number\": ]");

    RunnerResult result = explain(write("small.policy", SMALL_POLICY), invoices);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: " + invoices + ":4:");
  }

  @Test
  void aNegativeAmountIsBadInputWithItsPosition() throws IOException {
    Path invoices = write("negative.json", "{\"invoice_number\": \"N-1\",\n \"to_pay_amount\": -500}\n");

    RunnerResult result = explain(write("small.policy", SMALL_POLICY), invoices);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: " + invoices + ":2:").contains("to_pay_amount").contains("-500")
        .hasLineCount(1);
  }

  @Test
  void malformedCreditLinesAreReportedWithTheirPosition() throws IOException {
    Path lines = write("lines.json", "{\"data\": [{\"currency\": \"EUR\"}]}");

    RunnerResult result = explain(write("small.policy", SMALL_POLICY), write("one.json", ONE_INVOICE),
        "--credit-lines", lines.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: " + lines + ":1:").contains("default_borrower.identifier");
  }

  @Test
  void aPolicyWithErrorsPrintsItsDiagnosticsAndExitsOne() throws IOException {
    Path policy = write("bad.policy", "policy \"b\"\nfinance {\n  rule \"x\" when invoice.amout < 5 EUR then skip\n}\n");

    RunnerResult result = explain(policy, write("one.json", ONE_INVOICE));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(policy + ":3:17: error: unknown field invoice.amout");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aTodayThatIsNotADateIsAUsageError() throws IOException {
    RunnerResult result = explain(write("small.policy", SMALL_POLICY), write("one.json", ONE_INVOICE),
        "--today", "2026-13-01");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'2026-13-01' is not a date YYYY-MM-DD").contains("Usage: covenant explain");
  }

  @Test
  void aNegativeIndexIsAUsageError() throws IOException {
    RunnerResult result = explain(write("small.policy", SMALL_POLICY), write("one.json", ONE_INVOICE), "--index", "-1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--index must be 0 or more, got -1");
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    RunnerResult result = RunnerResult.run("explain", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--policy=FILE").contains("--invoice=FILE").contains("--credit-lines=FILE")
        .contains("--borrowers=FILE").contains("--today=YYYY-MM-DD").contains("--index=N").contains("Exit codes:");
  }

  private RunnerResult explain(Path policy, Path invoices, String... more) {
    List<String> args = new ArrayList<>(List.of("explain", "--policy", policy.toString(), "--invoice", invoices.toString()));
    args.addAll(List.of(more));
    return RunnerResult.run(args.toArray(String[]::new));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }
}
