package dev.covenant.core;

/**
 * How far a batch read from files is: {@code done} out of {@code total} in the current phase.
 *
 * @param phase what the batch is doing
 * @param done  bytes read so far when reading, invoices otherwise
 * @param total bytes of all the files when reading, invoices otherwise
 */
public record BatchProgress(Phase phase, long done, long total) {
  /** The phases in the order they run; a policy without {@code allocate by} only reads. */
  public enum Phase {
    /** Reading the files once: each invoice's sort keys, or, without {@code allocate by}, its decision. */
    READING,
    /** Deciding the invoices that compete for credit, in allocation order. */
    ALLOCATING,
    /** Reading the files again to give every decision in input order. */
    DECIDING
  }

  /** {@code done / total} between 0 and 1; 1 when there is nothing to do. */
  public double fraction() {
    return total <= 0 ? 1 : Math.min(1, (double) done / total);
  }
}
