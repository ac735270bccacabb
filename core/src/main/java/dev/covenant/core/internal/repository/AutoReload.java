package dev.covenant.core.internal.repository;

import java.time.Duration;

/** A daemon thread reloading a repository when its files change. */
public interface AutoReload {
  /** Asks the thread to stop; a reload under way is finished first. */
  void stop();

  /** Waits at most {@code timeout} for the thread to end; returns at once when called from it. */
  void awaitStopped(Duration timeout);
}
