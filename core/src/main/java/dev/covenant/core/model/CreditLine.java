package dev.covenant.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A credit line as listed by {@code GET /credit_lines}, amounts in minor units of {@link #currency()}.
 *
 * @param borrowerIdentifier its {@code default_borrower.identifier}: how invoices find it
 */
public record CreditLine(
    Optional<String> id,
    String borrowerIdentifier,
    String currency,
    OptionalLong poolAmount,
    OptionalLong balanceAvailable,
    long balancePending,
    long balancePendingValidation,
    Optional<BigDecimal> feesDailyRate) {

  public CreditLine {
    Objects.requireNonNull(borrowerIdentifier, "borrowerIdentifier");
    Objects.requireNonNull(currency, "currency");
  }
}
