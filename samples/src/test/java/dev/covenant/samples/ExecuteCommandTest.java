package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.covenant.samples.emulator.DefactoEmulator;
import dev.covenant.samples.emulator.EmulatedLoan;
import dev.covenant.samples.emulator.Timeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecuteCommandTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final String KEY = "sk_test_execute-command";
  private static final Path DATA = Path.of("data");

  @AfterEach
  void restoreEnvironment() {
    DefactoTarget.environment = System::getenv;
  }

  @Test
  void withoutArgumentsExecutesTheBundledSampleOnTheEmulatorAsTheDryRunDecidedIt() throws Exception {
    RunnerResult preview = RunnerResult.run("dry-run", "--format", "json");
    RunnerResult executed = RunnerResult.run("execute", "--format", "json");

    assertThat(executed.exitCode()).as(executed.err()).isZero();
    assertThat(executed.err()).contains("on the emulator");
    JsonNode report = JSON.readTree(executed.out());
    assertThat(report.path("format").asText()).isEqualTo("covenant.execute/1");
    assertThat(report.path("target").asText()).isEqualTo("emulator");
    List<String> decided = new ArrayList<>();
    JSON.readTree(preview.out()).path("decisions")
        .forEach(d -> decided.add(d.path("invoice_number").asText() + " " + d.path("outcome").asText()));
    List<String> executedDecisions = new ArrayList<>();
    report.path("entries").forEach(e -> executedDecisions.add(e.path("invoice_number").asText() + " " + e.path("decision").asText()));
    assertThat(executedDecisions).isEqualTo(decided);
    for (JsonNode entry : report.path("entries")) {
      String outcome = entry.path("outcome").asText();
      if (entry.path("decision").asText().equals("FINANCE")) {
        assertThat(outcome).as(entry.toString()).isIn("VALIDATED", "HELD", "CANCELED", "DECLINED");
        assertThat(entry.path("loan_id").asText()).isNotBlank();
      } else {
        assertThat(outcome).isEqualTo("NOT_REQUESTED");
      }
    }
    assertThat(report.path("counts").path("VALIDATED").asInt()).isPositive();
  }

  @Test
  void theTableShowsEachInvoiceAndTheCountsPerOutcome() {
    RunnerResult result = RunnerResult.run("execute");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("INVOICE", "OUTCOME", "LOAN STATUS", "NOT_REQUESTED", "VALIDATED")
        .containsPattern("(?m)^invoices +\\d+$");
  }

  @Test
  void runningTheSameBatchTwiceOnDefactoRequestsNoSecondLoan() throws Exception {
    DefactoTarget.environment = () -> Map.of(DefactoTarget.API_KEY_VARIABLE, KEY);
    // Payouts wait an hour: on the second run every loan still holds its credit.
    Timeline slowPayouts = new Timeline(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1));
    try (DefactoEmulator emulator = DefactoEmulator.builder().apiKey(KEY).timeline(slowPayouts).start()) {
      emulator.seed(DATA.resolve("borrowers.json"), DATA.resolve("credit-lines.json"));
      String[] arguments = {"execute", "--policy", "policies/marketplace-receivables.policy", "--invoices",
          "data/marketplace-receivables/invoices", "--today", "2026-11-16", "--base-url",
          emulator.baseUrl().toString(), "--format", "json", "--wait-for-validation"};

      RunnerResult first = RunnerResult.run(arguments);
      List<EmulatedLoan> afterFirst = emulator.loans();
      RunnerResult second = RunnerResult.run(arguments);

      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(afterFirst).isNotEmpty();
      assertThat(emulator.loans()).extracting(EmulatedLoan::id)
          .containsExactlyElementsOf(afterFirst.stream().map(EmulatedLoan::id).toList());
      assertThat(outcomes(second)).isEqualTo(outcomes(first));
    }
  }

  @Test
  void aDefactoHostNeedsTheKey() {
    DefactoTarget.environment = Map::of;

    RunnerResult result = RunnerResult.run("execute", "--policy", "policies/marketplace-receivables.policy",
        "--invoices", "data/marketplace-receivables/invoices", "--base-url", "https://api-sandbox.getdefacto.com");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("set DEFACTO_API_KEY").doesNotContain("Exception");
  }

  @Test
  void productionNeedsItsOwnFlag() {
    DefactoTarget.environment = () -> Map.of(DefactoTarget.API_KEY_VARIABLE, "sk_live_secret");

    RunnerResult result = RunnerResult.run("execute", "--policy", "policies/marketplace-receivables.policy",
        "--invoices", "data/marketplace-receivables/invoices", "--base-url", "https://api.getdefacto.com");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("real money", "--production").doesNotContain("sk_live_secret");
  }

  @Test
  void emulatorSetUpIsRefusedWithADefactoHost() {
    RunnerResult result = RunnerResult.run("execute", "--policy", "policies/marketplace-receivables.policy",
        "--invoices", "data/marketplace-receivables/invoices", "--base-url", "https://api-sandbox.getdefacto.com",
        "--borrowers", "data/borrowers.json", "--credit-lines", "data/credit-lines.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--borrowers, --credit-lines and --faults set up the emulator");
  }

  @Test
  void aBadFaultSpecIsOneLine() {
    RunnerResult result = RunnerResult.run("execute", "--policy", "policies/marketplace-receivables.policy",
        "--invoices", "data/marketplace-receivables/invoices", "--faults", "POST /loans=explode:10%");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().filter(line -> !line.isBlank()).count()).as(result.err()).isEqualTo(1);
    assertThat(result.err()).contains("explode");
  }

  @Test
  void anUnknownAutoValidationModeListsTheModes() {
    RunnerResult result = RunnerResult.run("execute", "--auto-validation", "sometimes");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("expected as-decided, always or never, got 'sometimes'");
  }

  private static List<String> outcomes(RunnerResult result) throws Exception {
    List<String> outcomes = new ArrayList<>();
    JSON.readTree(result.out()).path("entries").forEach(e -> outcomes.add(e.path("invoice_number").asText() + " "
        + e.path("outcome").asText() + " " + e.path("loan_id").asText()));
    return outcomes;
  }
}
