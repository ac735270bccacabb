package dev.covenant.defacto.execution;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the executor keeps re-reading a loan Defacto has not decided yet
 * ({@code PENDING_VALIDATION}) before reporting it as pending, for a webhook to finish.
 *
 * <pre>{@code
 * PollingBudget budget = new PollingBudget(6, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(15));
 * }</pre>
 *
 * @param maxAttempts    reads of {@code GET /loan/{id}} at most, per loan; 0 disables polling
 * @param maxDuration    time spent polling one loan at most, measured by the executor's clock
 * @param initialBackoff the wait before the first read; each later wait doubles
 * @param maxBackoff     the longest wait between two reads
 */
public record PollingBudget(int maxAttempts, Duration maxDuration, Duration initialBackoff, Duration maxBackoff) {

  public PollingBudget {
    Objects.requireNonNull(maxDuration, "maxDuration");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("maxAttempts must not be negative, got " + maxAttempts);
    }
    if (maxDuration.isNegative() || initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
    }
    // Deadlines are computed on a clock: a budget of centuries would overflow it at run time.
    if (maxDuration.compareTo(LONGEST) > 0 || maxBackoff.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("polling durations must not exceed " + LONGEST + ": a webhook finishes longer waits");
    }
  }

  /** The longest a budget may wait for one loan. */
  public static final Duration LONGEST = Duration.ofDays(1);

  /**
   * Up to 8 reads within 2 minutes, waiting 2 s, then 4, 8 and 15 s at most: Defacto decides most
   * loans within seconds, and a webhook finishes the rest.
   */
  public static PollingBudget defaults() {
    return new PollingBudget(8, Duration.ofMinutes(2), Duration.ofSeconds(2), Duration.ofSeconds(15));
  }

  /** No polling: a pending loan is reported as pending at once. */
  public static PollingBudget disabled() {
    return new PollingBudget(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** The wait before read number {@code attempt} (from 1): doubling from the initial one, capped. */
  public Duration backoff(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
