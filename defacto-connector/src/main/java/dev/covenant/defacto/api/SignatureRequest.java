package dev.covenant.defacto.api;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The body of {@code POST /borrower/{id}/sign} ({@code SignedInput}): the borrower accepted
 * Defacto's terms at {@code signedAt}.
 *
 * @param waitForReady wait until the credit line exists before answering
 */
public record SignatureRequest(OffsetDateTime signedAt, boolean waitForReady) {
  public SignatureRequest {
    Objects.requireNonNull(signedAt, "signedAt");
  }
}
