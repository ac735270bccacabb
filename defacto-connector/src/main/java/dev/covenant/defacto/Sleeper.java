package dev.covenant.defacto;

import java.time.Duration;

/**
 * Waits between two attempts of a call. Tests inject one that records the delays instead of
 * sleeping; the default is {@link Thread#sleep(long)}.
 */
@FunctionalInterface
public interface Sleeper {
  /** The default: {@link Thread#sleep(long)}. */
  Sleeper THREAD = delay -> Thread.sleep(delay.toMillis());

  /** Waits for {@code delay}. */
  void sleep(Duration delay) throws InterruptedException;
}
