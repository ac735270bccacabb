package dev.covenant.defacto.internal.execution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import dev.covenant.defacto.execution.InvoicePayloads;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Payloads the host already holds, by invoice identity. */
public final class InMemoryPayloads implements InvoicePayloads {
  private final Map<InvoiceKey, ObjectNode> byKey;

  private InMemoryPayloads(Map<InvoiceKey, ObjectNode> byKey) {
    this.byKey = byKey;
  }

  public static InMemoryPayloads of(Collection<ObjectNode> payloads) {
    Map<InvoiceKey, ObjectNode> byKey = new HashMap<>();
    for (ObjectNode payload : payloads) {
      InvoiceKey key = keyOf(payload);
      if (byKey.putIfAbsent(key, payload) != null) {
        // Two payloads for one invoice would make which one is sent depend on the order given.
        throw new IllegalArgumentException("two payloads for invoice " + key);
      }
    }
    return new InMemoryPayloads(Map.copyOf(byKey));
  }

  @Override
  public ObjectNode payload(Invoice invoice) throws IOException {
    ObjectNode payload = byKey.get(invoice.key());
    if (payload == null) {
      throw new IOException("no payload was given for invoice " + invoice.key());
    }
    return payload;
  }

  /** The payload's identity, as {@link Invoice#key()} computes it for the invoice read from it. */
  static InvoiceKey keyOf(ObjectNode payload) {
    return new InvoiceKey(payload.path("seller").path("identifier").asText(""), payload.path("invoice_number").asText(""));
  }
}
