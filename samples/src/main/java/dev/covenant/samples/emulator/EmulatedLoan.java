package dev.covenant.samples.emulator;

import java.util.Objects;
import java.util.Optional;

/**
 * A loan as the emulator holds it, for tests and reports to look at without going through HTTP.
 *
 * @param saltId          the {@code salt_id} it was requested with, if any
 * @param invoiceNumber   the number of its invoice
 * @param sellerIdentifier the identifier of its invoice's seller
 * @param borrowerIdentifier the identifier of its borrower
 * @param status          its status now, as {@code GET /loan/{id}} would answer
 * @param scenario        the sandbox scenario its invoice's IBAN chose
 */
public record EmulatedLoan(String id, Optional<String> saltId, String invoiceNumber, String sellerIdentifier,
    String borrowerIdentifier, long amount, String currency, String status, String scenario) {
  public EmulatedLoan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(saltId, "saltId");
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(sellerIdentifier, "sellerIdentifier");
    Objects.requireNonNull(borrowerIdentifier, "borrowerIdentifier");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(scenario, "scenario");
  }
}
