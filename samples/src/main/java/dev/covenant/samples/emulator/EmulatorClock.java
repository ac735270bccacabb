package dev.covenant.samples.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until moved, so that a test (or the first-loan tour) can make "one
 * day later" happen now. Thread-safe.
 */
public final class EmulatorClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private EmulatorClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start}, in UTC. */
  public static EmulatorClock at(Instant start) {
    return new EmulatorClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** Moves the clock forward; a negative duration is refused (Defacto's history never runs backwards). */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward, got " + duration);
    }
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving instant, seen from another zone. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new EmulatorClock(now, newZone);
  }
}
