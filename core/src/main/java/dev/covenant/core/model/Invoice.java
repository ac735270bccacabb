package dev.covenant.core.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An invoice as a policy sees it: the fields of Defacto's {@code invoice_creation_payload}
 * (amounts in minor units of {@link #currency()}), without the PDF {@code document}.
 *
 * @param invoiceNumber the invoice number; with the seller identifier, the invoice's identity
 * @param currency      ISO 4217 code, {@code EUR} when the payload has none
 * @param origin        where the original payload can be read again
 */
public record Invoice(
    String invoiceNumber,
    String currency,
    Optional<OffsetDateTime> issuedAt,
    Optional<OffsetDateTime> dueAt,
    OptionalLong netAmount,
    OptionalLong taxAmount,
    OptionalLong totalAmount,
    OptionalLong toPayAmount,
    Party buyer,
    Party seller,
    BankAccount toAccount,
    Map<String, String> metadata,
    InvoiceOrigin origin) {

  public Invoice {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(currency, "currency");
    metadata = Map.copyOf(metadata);
  }

  /** The identity used for idempotency: seller identifier and invoice number. */
  public InvoiceKey key() {
    return new InvoiceKey(seller.identifier().orElse(""), invoiceNumber);
  }
}
