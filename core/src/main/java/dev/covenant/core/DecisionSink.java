package dev.covenant.core;

import java.io.IOException;

/**
 * Receives the decisions of a batch read from files ({@link CompiledPolicy#decideFiles}), one at a
 * time and in input order, so that they can be written out as they come.
 */
@FunctionalInterface
public interface DecisionSink {
  /** The next decision, in input order. An exception stops the batch and reaches the caller. */
  void accept(Decision decision) throws IOException;

  /** How far the batch is; called every few thousand invoices. Does nothing unless overridden. */
  default void progress(BatchProgress progress) {}
}
