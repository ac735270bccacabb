package dev.covenant.defacto.execution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.Invoice;
import dev.covenant.defacto.internal.execution.InMemoryPayloads;
import java.io.IOException;
import java.util.Collection;

/**
 * Where the executor finds an invoice's original {@code invoice_creation_payload}, PDF
 * {@code document} included, which the loan request sends whole. The engine never holds it, so
 * it is fetched once per loan request, just before the request.
 *
 * <pre>{@code
 * InvoicePayloads fromFiles = InvoicePayloads.fromSourceFiles();       // re-reads the invoices' files
 * InvoicePayloads fromMemory = InvoicePayloads.of(List.of(payload));   // payloads the host already holds
 * }</pre>
 */
@FunctionalInterface
public interface InvoicePayloads {

  /**
   * The invoice's original payload. The executor does not modify it.
   *
   * @throws IOException if it cannot be read; the decision is then reported as failed
   */
  ObjectNode payload(Invoice invoice) throws IOException;

  /**
   * Reads each payload again from the file the invoice came from ({@link
   * DefactoJson#originalPayload(Invoice)}), straight from the invoice's byte offset, so a batch of
   * many invoices in one large file costs one read per invoice, not a scan of the file.
   */
  static InvoicePayloads fromSourceFiles() {
    return DefactoJson::originalPayload;
  }

  /**
   * Payloads held in memory, found by their {@code seller.identifier} and {@code invoice_number}
   * (as {@link Invoice#key()}); an invoice without one is an {@link IOException} when asked for.
   */
  static InvoicePayloads of(Collection<ObjectNode> payloads) {
    return InMemoryPayloads.of(payloads);
  }
}
