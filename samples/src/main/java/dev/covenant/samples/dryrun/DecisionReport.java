package dev.covenant.samples.dryrun;

import dev.covenant.core.Decision;
import java.io.IOException;
import java.time.LocalDate;

/**
 * One output format of {@code dry-run}: it receives every decision in input order as the batch is
 * decided, then the totals once all are known. Formats stream what they can, so memory does not
 * grow with the batch.
 */
public interface DecisionReport {
  /** Called once, before the first decision. Does nothing unless overridden. */
  default void start(PolicyIdentity policy, LocalDate today) throws IOException {}

  /** The next decision, in input order. */
  void decision(Decision decision) throws IOException;

  /** Called once, after the last decision; writes what remains and flushes. */
  void finish(DryRunTotals totals) throws IOException;
}
