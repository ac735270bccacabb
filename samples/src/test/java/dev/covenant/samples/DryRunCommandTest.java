package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.covenant.core.json.DefactoJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryRunCommandTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final String POLICY = """
      policy "dry" version 2
      borrower is invoice.seller
      timezone "Europe/Paris"
      finance {
        rule "not euro" when invoice.currency != EUR then skip
        rule "large" when invoice.to_pay_amount > 10_000 EUR then review "too large for auto"
        rule "fits" when credit_line.available >= invoice.to_pay_amount then finance 90% of invoice.to_pay_amount auto_validate
        otherwise skip "no room left"
      }
      allocate by invoice.due_at ascending
      """;

  @TempDir
  Path dir;

  private Path policy;
  private Path creditLines;
  private Path borrowers;

  private void write() throws IOException {
    policy = Files.writeString(dir.resolve("dry.policy"), POLICY);
    creditLines = Files.writeString(dir.resolve("lines.json"), """
        {"data": [{"id": "cl-1", "currency": "EUR", "pool_amount": 1000000, "balance_available": 500000,
                   "balance_pending": 0, "balance_pending_validation": 0,
                   "default_borrower": {"identifier": "111111111", "identifier_type": "siren"}}],
         "count": 1, "page_size": 50, "next_page": null, "previous_page": null, "total": 1}
        """);
    borrowers = Files.writeString(dir.resolve("borrowers.json"), """
        {"data": [{"id": "b-1", "identifier": "111111111", "identifier_type": "siren", "name": "Acme",
                   "status": "READY"}],
         "count": 1, "page_size": 50, "next_page": null, "previous_page": null, "total": 1}
        """);
  }

  private static String invoice(String number, long cents, String currency, String due) {
    return """
        {"invoice_number": "%s", "currency": "%s", "issued_at": "2026-11-01T10:00:00+01:00",
         "due_at": "%sT10:00:00+01:00", "to_pay_amount": %d, "total_amount": %d,
         "seller": {"name": "Acme", "identifier": "111111111", "identifier_type": "siren"},
         "buyer": {"name": "Buyer", "identifier": "222222222", "identifier_type": "siren"},
         "to_account": {"account_number": "FR7600000000000000000000001", "bank_identifier": "TESTFRPP"},
         "document": "JVBERi0x"}
        """.formatted(number, currency, due, cents, cents);
  }

  /** Four invoices: one in pounds, one too large, and two competing for 5,000 EUR of credit. */
  private Path invoices() throws IOException {
    return Files.writeString(dir.resolve("invoices.json"), "[" + String.join(",",
        invoice("A-1", 300_000, "EUR", "2026-12-20"),
        invoice("A-2", 100_000, "GBP", "2026-12-01"),
        invoice("A-3", 2_000_000, "EUR", "2026-12-01"),
        invoice("A-4", 400_000, "EUR", "2026-12-05")) + "]");
  }

  private RunnerResult dryRun(String... extra) throws IOException {
    write();
    List<String> args = new ArrayList<>(List.of("dry-run", "--policy", policy.toString(), "--invoices",
        invoices().toString(), "--credit-lines", creditLines.toString(), "--borrowers", borrowers.toString(),
        "--today", "2026-11-20"));
    args.addAll(List.of(extra));
    return RunnerResult.run(args.toArray(String[]::new));
  }

  @Test
  void theTableShowsOneLinePerInvoiceThenTotalsPerOutcomeRuleAndCreditLine() throws IOException {
    RunnerResult result = dryRun();

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().filter(l -> l.startsWith("A-"))).hasSize(4);
    // The earlier due date draws on the credit line first: A-4 fits (4,000 of 5,000), then A-1 does not.
    assertThat(result.out()).containsPattern("A-4 .* FINANCE .*3,600.00 EUR .* fits");
    assertThat(result.out()).containsPattern("A-1 .* SKIP .* otherwise .* no room left");
    assertThat(result.out()).containsPattern("FINANCE\\s+1   financed 3,600.00 EUR");
    assertThat(result.out()).containsPattern("large\\s+1  REVIEW 1");
    assertThat(result.out()).containsPattern("111111111 .*Acme .*available\\s+5,000.00 EUR\\s+financed\\s+3,600.00 EUR \\(\\s*72%\\)");
  }

  @Test
  void jsonIsTheDocumentedContractWithTotalsThatAddUp() throws IOException {
    RunnerResult result = dryRun("--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode report = JSON.readTree(result.out());
    assertThat(report.get("format").asText()).isEqualTo("covenant.dry-run/1");
    assertThat(report.at("/policy/name").asText()).isEqualTo("dry");
    assertThat(report.at("/policy/version").asText()).isEqualTo("2");
    assertThat(report.at("/policy/sha256").asText()).hasSize(64);
    assertThat(report.get("today").asText()).isEqualTo("2026-11-20");
    JsonNode decisions = report.get("decisions");
    assertThat(decisions).hasSize(4);
    Map<String, Integer> outcomes = new HashMap<>();
    long financed = 0;
    for (JsonNode decision : decisions) {
      assertThat(decision.fieldNames()).toIterable().contains("invoice_number", "seller_identifier", "outcome", "rule",
          "reason", "amount", "currency", "auto_validate", "salt_id", "to_pay_at", "to_repay_at");
      assertThat(decision.get("auto_validate").isBoolean()).isTrue();
      assertThat(decision.get("salt_id").asText()).startsWith("cov1-");
      String outcome = decision.get("outcome").asText();
      outcomes.merge(outcome, 1, Integer::sum);
      if (outcome.equals("FINANCE")) {
        assertThat(decision.get("amount").isIntegralNumber()).isTrue();
        financed += decision.get("amount").asLong();
      } else {
        assertThat(decision.get("amount").isNull()).isTrue();
      }
    }
    // Input order, whatever the allocation order.
    assertThat(decisions.findValuesAsText("invoice_number")).containsExactly("A-1", "A-2", "A-3", "A-4");
    assertThat(decisions.get(0).get("rule").isNull()).as("the catch-all decided A-1").isTrue();
    JsonNode totals = report.get("totals");
    assertThat(totals.get("invoices").asLong()).isEqualTo(4);
    outcomes.forEach((outcome, count) -> assertThat(totals.at("/outcomes/" + outcome).asInt()).isEqualTo(count));
    assertThat(totals.at("/financed/EUR").asLong()).isEqualTo(financed).isEqualTo(360_000);
    assertThat(totals.get("rules").findValuesAsText("label")).containsExactly("not euro", "large", "fits", "otherwise");
    assertThat(totals.at("/credit_lines/0/available").asLong()).isEqualTo(500_000);
    assertThat(totals.at("/credit_lines/0/financed").asLong()).isEqualTo(financed);
  }

  @Test
  void jsonCarriesExplanationsOnlyWhenAsked() throws IOException {
    assertThat(JSON.readTree(dryRun("--format", "json").out()).at("/decisions/0").has("explanation")).isFalse();

    JsonNode explained = JSON.readTree(dryRun("--format", "json", "--explanations").out());

    assertThat(explained.at("/decisions/0/explanation/rules")).isNotEmpty();
  }

  @Test
  void outWritesTheReportToAFileOnlyOnceComplete() throws IOException {
    Path report = dir.resolve("report.json");

    RunnerResult result = dryRun("--format", "json", "--out", report.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(JSON.readTree(report.toFile()).get("decisions")).hasSize(4);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailedRunLeavesThePreviousReportInPlace() throws IOException {
    write();
    Path report = Files.writeString(dir.resolve("report.json"), "previous");
    Path broken = Files.writeString(dir.resolve("broken.json"), "[" + invoice("B-1", 1000, "EUR", "2026-12-01") + ",");

    RunnerResult result = RunnerResult.run("dry-run", "--policy", policy.toString(), "--invoices", broken.toString(),
        "--format", "json", "--out", report.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readString(report)).isEqualTo("previous");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anUnwritableReportIsNamedInOneLine() throws IOException {
    Path report = dir.resolve("absent").resolve("report.json");

    RunnerResult result = dryRun("--format", "json", "--out", report.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).startsWith("covenant: cannot write " + report + ": no such directory");
  }

  /** Temporary files a run left beside its report. */
  private List<Path> leftovers() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void aDirectoryStandsForItsJsonFilesLeavingOutTheOtherInputs() throws IOException {
    write();
    Path folder = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(folder.resolve("b.json"), invoice("D-2", 1000, "EUR", "2026-12-01"));
    Files.writeString(folder.resolve("a.json"), invoice("D-1", 1000, "EUR", "2026-12-01"));
    Files.writeString(folder.resolve("notes.txt"), "not an invoice");
    Path lines = Files.copy(creditLines, folder.resolve("credit-lines.json"));

    RunnerResult result = RunnerResult.run("dry-run", "--policy", policy.toString(), "--invoices", folder.toString(),
        "--credit-lines", lines.toString(), "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(JSON.readTree(result.out()).get("decisions").findValuesAsText("invoice_number"))
        .containsExactly("D-1", "D-2");
  }

  @Test
  void aMissingInvoiceFileIsNamedInOneLine() throws IOException {
    write();

    RunnerResult result = RunnerResult.run("dry-run", "--policy", policy.toString(), "--invoices",
        dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("covenant: cannot read " + dir.resolve("nope.json") + ": no such file");
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn() throws IOException {
    write();
    Path broken = Files.writeString(dir.resolve("broken.json"), "[\n  {\"invoice_number\": \"X-1\",, }\n]");

    RunnerResult result = RunnerResult.run("dry-run", "--policy", policy.toString(), "--invoices", broken.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: " + broken + ":2:");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void aNegativeAmountIsRefusedWithItsPosition() throws IOException {
    write();
    Path negative = Files.writeString(dir.resolve("negative.json"), invoice("N-1", -500, "EUR", "2026-12-01"));

    RunnerResult result = RunnerResult.run("dry-run", "--policy", policy.toString(), "--invoices", negative.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("covenant: " + negative + ":").contains("to_pay_amount").contains("negative");
  }

  @Test
  void aPolicyWithErrorsDecidesNothing() throws IOException {
    write();
    Path bad = Files.writeString(dir.resolve("bad.policy"), "policy \"bad\"\nfinance {\n  rule \"x\" when invoice.amout > 1 EUR then skip\n}\n");

    RunnerResult result = RunnerResult.run("dry-run", "--policy", bad.toString(), "--invoices", invoices().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(bad + ":3:").contains("error").contains("has errors; nothing was decided");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aPolicyWithoutInvoicesIsAUsageError() throws IOException {
    write();

    RunnerResult result = RunnerResult.run("dry-run", "--policy", policy.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("dry-run needs --policy FILE and --invoices PATH...");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    RunnerResult result = dryRun("--format", "pdf");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("expected table, json or html, got 'pdf'");
  }

  @Test
  void withNoArgumentsItDecidesTheBundledSample() throws IOException {
    int sampleInvoices = DefactoJson.readInvoices(Path.of("data", SampleData.DEFAULT_INVOICES)).size();

    RunnerResult result = RunnerResult.run("dry-run");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("the bundled sample policy samples/policies/marketplace-receivables.policy");
    assertThat(result.out()).contains("Policy marketplace-receivables version 3").contains("today " + SampleData.TODAY);
    assertThat(result.out()).containsPattern("(?m)^\\s+FINANCE\\s+[1-9]");
    assertThat(result.out()).contains("%,d invoices".formatted(sampleInvoices));
  }

  @Test
  void htmlGoesToAFileWithTheTotals() throws IOException {
    Path page = dir.resolve("report.html");

    RunnerResult result = dryRun("--format", "html", "--out", page.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(page)).contains("<html").contains("dry").contains("3,600.00 EUR");
    assertThat(result.err()).contains("wrote " + page);
  }

  @Test
  void aNegativeRowLimitIsAUsageError() throws IOException {
    RunnerResult result = dryRun("--format", "html", "--out", dir.resolve("r.html").toString(), "--max-rows", "-1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--max-rows must not be negative, got -1").doesNotContain("internal error");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void helpDocumentsTheExitCodes() {
    RunnerResult result = RunnerResult.run("dry-run", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Exit codes:").contains("--format").contains("--credit-lines");
  }
}
