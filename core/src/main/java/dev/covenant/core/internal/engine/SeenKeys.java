package dev.covenant.core.internal.engine;

import dev.covenant.core.model.Invoice;
import java.nio.ByteBuffer;

/**
 * The invoice identities (seller and number) a batch too large to hold has met, as the first 128
 * bits of their salt id's SHA-256 in an open-addressing table: 32 bytes per invoice at most, and
 * two identities that differ collide with a probability below 10^-25 for a billion invoices.
 * Keeping the identities exactly would cost some 100 bytes each.
 */
final class SeenKeys {
  private long[] high = new long[1 << 10];
  private long[] low = new long[1 << 10];
  private boolean[] used = new boolean[1 << 10];
  private int size;

  /** True the first time an identity is offered; false for every later copy. */
  boolean add(Invoice invoice) {
    ByteBuffer digest = ByteBuffer.wrap(SaltIds.digest(invoice.key()));
    long h = digest.getLong();
    long l = digest.getLong();
    if (size * 2 >= used.length) {
      grow();
    }
    return insert(h, l);
  }

  private boolean insert(long h, long l) {
    int mask = used.length - 1;
    int slot = (int) h & mask;
    while (used[slot]) {
      if (high[slot] == h && low[slot] == l) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    used[slot] = true;
    high[slot] = h;
    low[slot] = l;
    size++;
    return true;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    boolean[] oldUsed = used;
    high = new long[oldUsed.length * 2];
    low = new long[oldUsed.length * 2];
    used = new boolean[oldUsed.length * 2];
    size = 0;
    for (int slot = 0; slot < oldUsed.length; slot++) {
      if (oldUsed[slot]) {
        insert(oldHigh[slot], oldLow[slot]);
      }
    }
  }
}
