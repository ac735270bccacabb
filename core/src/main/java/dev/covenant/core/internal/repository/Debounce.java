package dev.covenant.core.internal.repository;

import java.time.Duration;

/**
 * The quiet period before an automatic reload. Changes that never pause (a process rewriting a
 * file in a loop) still reload after ten periods, so the repository cannot fall behind forever.
 */
record Debounce(Duration quiet) {
  private static final int MAX_PERIODS = 10;

  long nanos() {
    return quiet.toNanos();
  }

  long deadline() {
    return System.nanoTime() + MAX_PERIODS * quiet.toNanos();
  }

  boolean passed(long deadline) {
    return System.nanoTime() - deadline >= 0;
  }
}
