package dev.covenant.defacto.api;

import dev.covenant.core.model.Borrower;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A borrower as {@code GET /borrower/{id}} returns it ({@code APIBorrower}).
 *
 * <p>Defacto's {@code contract_s3_url} is deliberately left out: it is a temporary pre-signed link
 * that must be neither stored nor logged.
 *
 * @param status       the borrower can borrow when {@link BorrowerStatus#READY}
 * @param statusReason why it is BLOCKED or PROHIBITED, when it is
 * @param nextActions  what the borrower still has to do
 */
public record BorrowerProfile(
    Optional<String> id,
    String identifier,
    Optional<String> identifierType,
    Optional<String> name,
    Optional<String> legalForm,
    Optional<String> vatNumber,
    Optional<BorrowerStatus> status,
    Optional<String> statusReason,
    Optional<OffsetDateTime> signedAt,
    Optional<String> contractId,
    List<String> nextActions) {

  public BorrowerProfile {
    Objects.requireNonNull(identifier, "identifier");
    id = Lists.orEmpty(id);
    identifierType = Lists.orEmpty(identifierType);
    name = Lists.orEmpty(name);
    legalForm = Lists.orEmpty(legalForm);
    vatNumber = Lists.orEmpty(vatNumber);
    status = Lists.orEmpty(status);
    statusReason = Lists.orEmpty(statusReason);
    signedAt = Lists.orEmpty(signedAt);
    contractId = Lists.orEmpty(contractId);
    nextActions = Lists.copy(nextActions);
  }

  /** Whether the borrower can borrow now. */
  public boolean isReady() {
    return status.filter(s -> s == BorrowerStatus.READY).isPresent();
  }

  /** The borrower as core's policies read it. */
  public Borrower toBorrower() {
    return new Borrower(id, identifier, identifierType, name, status.map(Enum::name), legalForm, signedAt);
  }
}
