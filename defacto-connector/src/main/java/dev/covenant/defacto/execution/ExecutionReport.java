package dev.covenant.defacto.execution;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.covenant.core.model.Money;
import dev.covenant.defacto.internal.execution.ReportJson;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What executing a batch of decisions did: one entry per decision, in the batch's order, none left
 * out; with counts per outcome and amounts per outcome and currency.
 *
 * <pre>{@code
 * ExecutionReport report = executor.execute(batch, inputs);
 * System.out.println(report.count(ExecutionOutcome.VALIDATED) + " validated, "
 *     + report.totalCents(ExecutionOutcome.VALIDATED, "EUR") + " cents");
 * report.entries().stream().filter(e -> e.outcome() == ExecutionOutcome.FAILED).forEach(System.out::println);
 * String json = report.toJson();
 * }</pre>
 *
 * @param entries one per decision of the batch, in the batch's order
 */
public record ExecutionReport(List<LoanExecution> entries) {

  public ExecutionReport {
    entries = List.copyOf(entries);
  }

  /** How many decisions came to {@code outcome}. */
  public int count(ExecutionOutcome outcome) {
    return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
  }

  /** Every outcome, in declaration order, with its count (zero included). */
  public Map<ExecutionOutcome, Integer> counts() {
    Map<ExecutionOutcome, Integer> counts = new EnumMap<>(ExecutionOutcome.class);
    for (ExecutionOutcome outcome : ExecutionOutcome.values()) {
      counts.put(outcome, 0);
    }
    entries.forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** The amounts requested by the decisions that came to {@code outcome}, in minor units of {@code currency}. */
  public long totalCents(ExecutionOutcome outcome, String currency) {
    return totals().getOrDefault(outcome, Map.of()).getOrDefault(currency, 0L);
  }

  /** Amounts requested, in minor units, per outcome and currency; outcomes without an amount are absent. */
  public Map<ExecutionOutcome, Map<String, Long>> totals() {
    Map<ExecutionOutcome, Map<String, Long>> totals = new EnumMap<>(ExecutionOutcome.class);
    for (LoanExecution entry : entries) {
      if (entry.amount().isPresent()) {
        Money amount = entry.amount().get();
        // Exact: a report that silently wrapped around would misstate money.
        totals.computeIfAbsent(entry.outcome(), o -> new TreeMap<>())
            .merge(amount.currency(), amount.minorUnits(), Math::addExact);
      }
    }
    Map<ExecutionOutcome, Map<String, Long>> frozen = new EnumMap<>(ExecutionOutcome.class);
    totals.forEach((outcome, byCurrency) -> frozen.put(outcome, Collections.unmodifiableMap(byCurrency)));
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * The report as JSON, for machines (Jackson writes the same for a report): {@code {"counts": {...}, "totals": {outcome: {currency:
   * cents}}, "entries": [...]}}, each entry with the keys {@code invoice_number,
   * seller_identifier, salt_id, decision, outcome, amount} (cents){@code , currency, loan_id,
   * loan_status, rule, reason, denial_reason, error} ({@code {operation, http_status, message}}),
   * every key present, {@code null} when there is no value.
   */
  public String toJson() {
    return ReportJson.write(this);
  }

  /** What Jackson writes for a report: the same document as {@link #toJson()}, whatever the mapper's modules. */
  @JsonValue
  JsonNode jsonTree() {
    return ReportJson.tree(this);
  }
}
