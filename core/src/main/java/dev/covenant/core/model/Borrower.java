package dev.covenant.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A borrower as listed by {@code GET /borrowers}.
 *
 * @param id         Defacto's id, when known
 * @param identifier the business identifier (SIREN...) invoices name as buyer or seller
 * @param status     READY, TO_SIGN... (see the language reference)
 */
public record Borrower(
    Optional<String> id,
    String identifier,
    Optional<String> identifierType,
    Optional<String> name,
    Optional<String> status,
    Optional<String> legalForm,
    Optional<OffsetDateTime> signedAt) {

  public Borrower {
    Objects.requireNonNull(identifier, "identifier");
  }
}
