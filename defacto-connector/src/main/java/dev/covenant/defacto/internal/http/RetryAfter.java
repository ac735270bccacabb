package dev.covenant.defacto.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: a number of seconds or an HTTP date. */
final class RetryAfter {
  private RetryAfter() {}

  static Optional<Duration> parse(String value, Clock clock) {
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException tooLarge) {
        // Still a number of seconds, only a huge one: the longest wait, which the policy caps.
        // Ignoring it would retry after the short backoff, sooner than for a modest Retry-After.
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
