package dev.covenant.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A loan as {@code GET /loan/{id}} returns it, in particular one Defacto proposes (status
 * {@code TO_VALIDATE}) for a policy's {@code validate} rules. Amounts in minor units of {@link #currency()}.
 */
public record LoanProposal(
    String id,
    long amount,
    String currency,
    OptionalLong feesEstimated,
    Optional<OffsetDateTime> toPayAt,
    Optional<OffsetDateTime> toRepayAt,
    String status,
    Optional<String> borrowerIdentifier) {

  public LoanProposal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(status, "status");
  }
}
