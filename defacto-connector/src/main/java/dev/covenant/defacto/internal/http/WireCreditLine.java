package dev.covenant.defacto.internal.http;

import dev.covenant.core.model.CreditLine;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** A credit line as {@code GET /credit_lines} lists it ({@code APICreditLine}), the fields core reads. */
record WireCreditLine(
    Optional<String> id,
    Optional<DefaultBorrower> defaultBorrower,
    Optional<String> currency,
    OptionalLong poolAmount,
    OptionalLong balanceAvailable,
    OptionalLong balancePending,
    OptionalLong balancePendingValidation,
    Optional<BigDecimal> feesDailyRate) {

  // Core's reader of the same JSON takes a missing currency as euros; so does the client.
  private static final String DEFAULT_CURRENCY = "EUR";

  record DefaultBorrower(Optional<String> identifier) {}

  /** Core's credit line; empty when Defacto names no borrower, as no invoice could find the line. */
  Optional<CreditLine> toCreditLine() {
    Optional<String> borrower = orEmpty(defaultBorrower).flatMap(b -> orEmpty(b.identifier()));
    return borrower.map(identifier -> new CreditLine(orEmpty(id), identifier, orEmpty(currency).orElse(DEFAULT_CURRENCY),
        orEmpty(poolAmount), orEmpty(balanceAvailable), orEmpty(balancePending).orElse(0),
        orEmpty(balancePendingValidation).orElse(0), orEmpty(feesDailyRate)));
  }

  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  private static OptionalLong orEmpty(OptionalLong value) {
    return value == null ? OptionalLong.empty() : value;
  }
}
