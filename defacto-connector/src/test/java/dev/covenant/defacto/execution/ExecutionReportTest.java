package dev.covenant.defacto.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.core.Outcome;
import dev.covenant.core.model.Money;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExecutionReportTest {
  private static LoanExecution entry(String number, ExecutionOutcome outcome, Optional<Money> amount) {
    Optional<ExecutionError> error = outcome == ExecutionOutcome.FAILED
        ? Optional.of(new ExecutionError("POST /loans", OptionalInt.of(422), "amount too large"))
        : Optional.empty();
    return new LoanExecution(number, Optional.of("900000001"), "cov1-" + number, amount.isPresent() ? Outcome.FINANCE
        : Outcome.SKIP, outcome, amount, Optional.empty(), Optional.empty(), Optional.empty(), "because", Optional.empty(),
        error);
  }

  private static final ExecutionReport REPORT = new ExecutionReport(List.of(
      entry("A", ExecutionOutcome.VALIDATED, Optional.of(new Money(100_000, "EUR"))),
      entry("B", ExecutionOutcome.VALIDATED, Optional.of(new Money(250_050, "EUR"))),
      entry("C", ExecutionOutcome.VALIDATED, Optional.of(new Money(7_000, "GBP"))),
      entry("D", ExecutionOutcome.FAILED, Optional.of(new Money(1, "EUR"))),
      entry("E", ExecutionOutcome.NOT_REQUESTED, Optional.empty())));

  @Test
  void countsEveryOutcomeZeroIncluded() {
    assertThat(REPORT.count(ExecutionOutcome.VALIDATED)).isEqualTo(3);
    assertThat(REPORT.count(ExecutionOutcome.HELD)).isZero();
    assertThat(REPORT.counts()).containsOnlyKeys(ExecutionOutcome.values());
    assertThat(REPORT.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
  }

  @Test
  void totalsAreExactCentsPerOutcomeAndCurrency() {
    assertThat(REPORT.totalCents(ExecutionOutcome.VALIDATED, "EUR")).isEqualTo(350_050);
    assertThat(REPORT.totalCents(ExecutionOutcome.VALIDATED, "GBP")).isEqualTo(7_000);
    assertThat(REPORT.totalCents(ExecutionOutcome.FAILED, "EUR")).isEqualTo(1);
    assertThat(REPORT.totals()).doesNotContainKey(ExecutionOutcome.NOT_REQUESTED);
  }

  @Test
  void aTotalThatWouldOverflowIsAnErrorNotAWrongNumber() {
    ExecutionReport huge = new ExecutionReport(List.of(
        entry("A", ExecutionOutcome.VALIDATED, Optional.of(new Money(Long.MAX_VALUE, "EUR"))),
        entry("B", ExecutionOutcome.VALIDATED, Optional.of(new Money(1, "EUR")))));

    assertThatThrownBy(huge::totals).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void jsonHasEveryKeyWithNullsAndCents() {
    JsonNode json = ExecutionFixtures.json(REPORT.toJson());

    assertThat(json.at("/counts/VALIDATED").asInt()).isEqualTo(3);
    assertThat(json.at("/totals/VALIDATED/EUR").asLong()).isEqualTo(350_050);
    assertThat(json.get("entries")).hasSize(5);
    JsonNode failed = json.at("/entries/3");
    assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.at("/error/http_status").asInt()).isEqualTo(422);
    assertThat(failed.at("/error/operation").asText()).isEqualTo("POST /loans");
    JsonNode skipped = json.at("/entries/4");
    assertThat(skipped.fieldNames()).toIterable().containsExactly("invoice_number", "seller_identifier", "salt_id",
        "decision", "outcome", "amount", "currency", "loan_id", "loan_status", "rule", "reason", "denial_reason", "error");
    assertThat(skipped.get("amount").isNull()).isTrue();
    assertThat(skipped.get("error").isNull()).isTrue();
  }

  @Test
  void jacksonWritesTheSameDocumentAsToJson() throws Exception {
    String written = new ObjectMapper().writeValueAsString(REPORT);

    assertThat(ExecutionFixtures.json(written)).isEqualTo(ExecutionFixtures.json(REPORT.toJson()));
  }

  @Test
  void anErrorGoesWithFailedOnly() {
    assertThatThrownBy(() -> new LoanExecution("A", Optional.empty(), "cov1-a", Outcome.FINANCE, ExecutionOutcome.VALIDATED,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "r", Optional.empty(),
        Optional.of(new ExecutionError("POST /loans", OptionalInt.empty(), "x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
