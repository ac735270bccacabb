package dev.covenant.defacto.internal.http;

import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.DefactoRateLimitException;
import dev.covenant.defacto.DefactoServerException;
import dev.covenant.defacto.DefactoTransportException;
import dev.covenant.defacto.RetryPolicy;
import dev.covenant.defacto.Sleeper;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call after a failure that may pass, with exponential backoff and jitter.
 *
 * <p>The loop is outside Feign (whose own retryer is off) so that the call is the whole unit
 * repeated: its arguments, the loan request and its {@code salt_id} among them, are built once by
 * the caller and sent again unchanged; only the API key is read afresh by the interceptor.
 */
final class Retrier {
  private static final Logger LOG = LoggerFactory.getLogger("dev.covenant.defacto.retry");

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitterSource;

  Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitterSource) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitterSource = jitterSource;
  }

  <T> T call(Operation operation, Operation.Repeat repeat, Supplier<T> attempt) {
    for (int number = 1; ; number++) {
      try {
        return FeignFailures.translate(operation, attempt);
      } catch (DefactoException failure) {
        if (number >= policy.maxAttempts() || !mayRepeat(failure, repeat)) {
          throw failure;
        }
        Duration wait = delay(number, failure);
        LOG.warn("{} (attempt {} of {}); trying again in {} ms", failure.getMessage(), number,
            policy.maxAttempts(), wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw failure;
        }
      }
    }
  }

  private static boolean mayRepeat(DefactoException failure, Operation.Repeat repeat) {
    if (failure instanceof DefactoRateLimitException) {
      return true;
    }
    boolean outcomeUnknown = failure instanceof DefactoServerException || failure instanceof DefactoTransportException;
    return outcomeUnknown && repeat == Operation.Repeat.SAFE;
  }

  /** Defacto's Retry-After when it gave one (capped), else the backoff of this attempt. */
  Duration delay(int attempt, DefactoException failure) {
    Optional<Duration> asked = failure instanceof DefactoRateLimitException limited
        ? limited.retryAfter() : Optional.empty();
    if (asked.isPresent()) {
      return min(asked.get(), policy.maxRetryAfter());
    }
    Duration exponential = policy.baseBackoff().multipliedBy(1L << Math.min(attempt - 1, 30));
    long capped = min(exponential, policy.maxBackoff()).toMillis();
    // Spreads clients that failed together, so that they do not come back together.
    double random = Math.min(Math.max(jitterSource.getAsDouble(), 0), 1);
    return Duration.ofMillis(Math.round(capped * (1 - policy.jitter() * random)));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
