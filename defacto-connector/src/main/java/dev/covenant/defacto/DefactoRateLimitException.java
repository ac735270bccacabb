package dev.covenant.defacto;

import java.time.Duration;
import java.util.Optional;

/** Defacto asked to slow down (HTTP 429), and did so again after every retry allowed. */
public class DefactoRateLimitException extends DefactoException {
  private final Optional<Duration> retryAfter;

  public DefactoRateLimitException(String operation, Optional<String> defactoMessage, Optional<Duration> retryAfter) {
    super(operation, 429, defactoMessage);
    this.retryAfter = retryAfter;
  }

  /** How long Defacto asked to wait, from its {@code Retry-After} header, if it sent one. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
