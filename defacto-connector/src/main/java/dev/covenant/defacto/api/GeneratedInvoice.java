package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sandbox's invoice generator returns: an invoice to request a loan for.
 *
 * @param invoiceCreationPayload the invoice, PDF {@code document} included: send it whole with {@link LoanRequest.Builder#invoice}
 */
public record GeneratedInvoice(Optional<String> pdfDownloadUrl, ObjectNode invoiceCreationPayload) {
  public GeneratedInvoice {
    Objects.requireNonNull(invoiceCreationPayload, "invoiceCreationPayload");
    pdfDownloadUrl = Lists.orEmpty(pdfDownloadUrl);
    invoiceCreationPayload = invoiceCreationPayload.deepCopy();
  }

  @Override
  public ObjectNode invoiceCreationPayload() {
    return invoiceCreationPayload.deepCopy();
  }

  /** The invoice's number, or {@code ?} when it has none. */
  public String invoiceNumber() {
    return invoiceCreationPayload.path("invoice_number").asText("?");
  }

  @Override
  public String toString() {
    return "GeneratedInvoice[invoiceNumber=" + invoiceNumber() + "]";
  }
}
