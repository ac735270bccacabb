package dev.covenant.samples.dryrun;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * How much of one borrower's credit line a batch would use.
 *
 * @param borrowerIdentifier whose credit line
 * @param borrowerName       the borrower's name, when the borrowers file gives it
 * @param currency           the credit line's currency (the financed invoices' when no line is known)
 * @param available          {@code balance_available} before the batch, in minor units; empty when unknown
 * @param financed           what the batch finances on it, in minor units
 * @param invoicesFinanced   how many invoices it finances on it
 */
public record CreditLineUse(
    String borrowerIdentifier,
    Optional<String> borrowerName,
    String currency,
    OptionalLong available,
    long financed,
    long invoicesFinanced) {}
