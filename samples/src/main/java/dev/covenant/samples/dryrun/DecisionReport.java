package dev.covenant.samples.dryrun;

import dev.covenant.core.Decision;
import java.io.IOException;

/**
 * One output format of {@code dry-run}: it receives every decision in input order as the batch is
 * decided, then the totals once all are known. Formats stream what they can, so memory does not
 * grow with the batch.
 */
public interface DecisionReport {
  /** The next decision, in input order. */
  void decision(Decision decision) throws IOException;

  /** Called once, after the last decision; writes what remains and flushes. */
  void finish(DryRunTotals totals) throws IOException;
}
