package dev.covenant.defacto;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed call is tried again: exponential backoff ({@code baseBackoff * 2^(attempt-1)},
 * capped by {@code maxBackoff}) with random jitter, at most {@code maxAttempts} attempts in all.
 * A {@code Retry-After} from a 429 replaces the backoff, capped by {@code maxRetryAfter}.
 *
 * <p>What is retried is fixed by the client, not by the policy: rate limiting (429) always;
 * server errors (5xx, 504) and transport faults only for calls that are safe to repeat (see
 * {@link DefactoClient}); other 4xx never.
 *
 * @param maxAttempts   attempts in all, the first included; 1 means no retry
 * @param jitter        fraction of each backoff drawn at random, from 0 (none) to 1 (all of it)
 */
public record RetryPolicy(
    int maxAttempts, Duration baseBackoff, Duration maxBackoff, double jitter, Duration maxRetryAfter) {

  /** 4 attempts, 500 ms doubling up to 8 s, half of it random, Retry-After honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 0.5, Duration.ofSeconds(60));
  }

  /** One attempt: every failure is reported at once. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
  }

  /** The longest any single wait between attempts may be. */
  public static final Duration LONGEST = Duration.ofHours(1);

  public RetryPolicy {
    Objects.requireNonNull(baseBackoff, "baseBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (baseBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("backoffs must not be negative");
    }
    // Backoffs are multiplied and added to clock readings: refuse what would overflow, rather than fail mid-batch.
    if (baseBackoff.compareTo(LONGEST) > 0 || maxBackoff.compareTo(LONGEST) > 0 || maxRetryAfter.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("backoffs must not exceed " + LONGEST);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
    }
  }

  /** This policy with another number of attempts. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, baseBackoff, maxBackoff, jitter, maxRetryAfter);
  }
}
