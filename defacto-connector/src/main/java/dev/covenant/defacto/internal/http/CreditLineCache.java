package dev.covenant.defacto.internal.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.covenant.core.model.CreditLine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Each borrower's credit line for a short while, so that a batch of loans reads it once. Failures
 * are not kept: the next look-up asks Defacto again.
 */
final class CreditLineCache {
  private final Cache<String, Optional<CreditLine>> lines;
  private final Function<String, Optional<CreditLine>> lookup;

  CreditLineCache(Duration ttl, Clock clock, Function<String, Optional<CreditLine>> lookup) {
    this.lines = Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .maximumSize(100_000)
        .build();
    this.lookup = lookup;
  }

  Optional<CreditLine> get(String borrowerIdentifier) {
    return lines.get(borrowerIdentifier, lookup);
  }

  void clear() {
    lines.invalidateAll();
  }
}
