package dev.covenant.core;

import java.util.List;

/**
 * The decisions of one batch.
 *
 * @param decisions one per invoice, in the order the invoices were given
 * @param allocationOrder the same decisions in the order they were decided (the policy's {@code allocate by})
 */
public record DecisionBatch(List<Decision> decisions, List<Decision> allocationOrder) {
  public DecisionBatch {
    decisions = List.copyOf(decisions);
    allocationOrder = List.copyOf(allocationOrder);
  }
}
