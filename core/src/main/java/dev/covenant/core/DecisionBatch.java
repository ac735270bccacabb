package dev.covenant.core;

import java.util.List;

/**
 * The decisions of one batch.
 *
 * @param decisions one per invoice, in the order the invoices were given (each decided in the
 *                  policy's {@code allocate by} order, which its explanation reflects)
 */
public record DecisionBatch(List<Decision> decisions) {
  public DecisionBatch {
    decisions = List.copyOf(decisions);
  }
}
