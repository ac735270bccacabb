package dev.covenant.defacto.internal.execution;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} notification ids seen, least recently seen forgotten first. Strict
 * LRU rather than a cache with approximate eviction, so that what is remembered is predictable.
 */
public final class RecentIds {
  private final Map<String, Boolean> seen;

  public RecentIds(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.seen = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** True the first time {@code id} is offered (or once it was forgotten); false for a repeat. */
  public synchronized boolean firstSight(String id) {
    return seen.put(id, Boolean.TRUE) == null;
  }

  /** Forgets {@code id}, so that a notification whose handling failed is handled when redelivered. */
  public synchronized void forget(String id) {
    seen.remove(id);
  }

  public synchronized int size() {
    return seen.size();
  }
}
