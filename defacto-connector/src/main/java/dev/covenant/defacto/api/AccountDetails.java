package dev.covenant.defacto.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A bank account as Defacto names one: a loan's {@code loan_to}, {@code repayment_to}, a
 * payment's accounts.
 *
 * <pre>{@code
 * AccountDetails.iban("FR7630001007941234567890185", "BDFEFRPP")
 * }</pre>
 *
 * @param accountNumberType  {@code iban}, {@code account_number} or {@code internal_id}
 * @param bankIdentifierType {@code bic}, {@code name}, {@code routing_number} or {@code undefined}
 */
public record AccountDetails(
    String accountNumber,
    Optional<String> accountNumberType,
    Optional<String> bankIdentifier,
    Optional<String> bankIdentifierType) {

  public AccountDetails {
    Objects.requireNonNull(accountNumber, "accountNumber");
    accountNumberType = Lists.orEmpty(accountNumberType);
    bankIdentifier = Lists.orEmpty(bankIdentifier);
    bankIdentifierType = Lists.orEmpty(bankIdentifierType);
  }

  /** An IBAN and its bank's BIC. */
  public static AccountDetails iban(String iban, String bic) {
    return new AccountDetails(iban, Optional.of("iban"), Optional.of(bic), Optional.of("bic"));
  }

  /** An account number alone; Defacto infers the rest. */
  public static AccountDetails of(String accountNumber) {
    return new AccountDetails(accountNumber, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
