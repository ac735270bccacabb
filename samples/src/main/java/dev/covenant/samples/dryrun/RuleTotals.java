package dev.covenant.samples.dryrun;

import dev.covenant.core.Outcome;
import java.util.Map;
import java.util.Optional;

/**
 * What one rule decided in a batch.
 *
 * @param rule     the rule's name; empty for the catch-all ({@code otherwise}, the implicit default,
 *                 or a duplicate invoice skipped by the engine)
 * @param label    how a person reads it: the rule's name, or "otherwise"
 * @param outcomes invoices decided per outcome (every outcome present, zero when none)
 * @param financed amount financed, in minor units per currency (sorted by currency)
 */
public record RuleTotals(Optional<String> rule, String label, Map<Outcome, Long> outcomes, Map<String, Long> financed) {

  /** Invoices this rule decided, whatever the outcome. */
  public long decided() {
    return outcomes.values().stream().mapToLong(Long::longValue).sum();
  }
}
