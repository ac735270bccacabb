package dev.covenant.core.internal.engine;

import dev.covenant.core.model.Invoice;
import java.util.List;

/**
 * Remembers which invoices of a batch were already decided, by identity (seller identifier and
 * invoice number), in an open-addressing table of positions: no allocation per invoice.
 */
final class FirstCopies {
  private final List<Invoice> invoices;
  private final int[] slots;
  private final int mask;

  FirstCopies(List<Invoice> invoices) {
    this.invoices = invoices;
    int capacity = Integer.highestOneBit(Math.max(4, invoices.size() * 2 - 1)) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
  }

  /** True the first time an identity is offered; false for every later copy. */
  boolean first(int position) {
    Invoice invoice = invoices.get(position);
    String seller = invoice.seller().identifier().orElse("");
    int slot = spread(31 * seller.hashCode() + invoice.invoiceNumber().hashCode()) & mask;
    while (slots[slot] != 0) {
      Invoice other = invoices.get(slots[slot] - 1);
      if (other.invoiceNumber().equals(invoice.invoiceNumber()) && other.seller().identifier().orElse("").equals(seller)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = position + 1;
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
