package dev.covenant.core.internal.repository;

import java.time.Duration;

/** Daemon threads, so that a repository left unclosed never keeps the JVM alive. */
final class Daemons {
  private Daemons() {
  }

  static Thread thread(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  static void join(Thread thread, Duration timeout) {
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      thread.join(Math.max(1, timeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
