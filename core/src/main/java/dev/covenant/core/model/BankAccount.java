package dev.covenant.core.model;

import java.util.Optional;

/** The account an invoice is paid to ({@code to_account}); the loan is paid to it too. */
public record BankAccount(Optional<String> accountNumber, Optional<String> bankIdentifier) {
  public static final BankAccount NONE = new BankAccount(Optional.empty(), Optional.empty());
}
