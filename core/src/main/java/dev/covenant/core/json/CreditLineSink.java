package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.covenant.core.model.CreditLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a credit line of {@code GET /credit_lines}. */
final class CreditLineSink implements RecordSink<CreditLine> {
  private Optional<String> id = Optional.empty();
  private Optional<String> borrowerIdentifier = Optional.empty();
  private Optional<String> currency = Optional.empty();
  private OptionalLong poolAmount = OptionalLong.empty();
  private OptionalLong balanceAvailable = OptionalLong.empty();
  private OptionalLong balancePending = OptionalLong.empty();
  private OptionalLong balancePendingValidation = OptionalLong.empty();
  private Optional<BigDecimal> feesDailyRate = Optional.empty();

  @Override
  public void field(String field, JsonCursor in) throws IOException {
    switch (field) {
      case "id" -> id = in.id(field);
      case "default_borrower" -> borrowerIdentifier = in.nestedIdentity(field, "identifier");
      case "currency" -> currency = in.currency(field);
      case "pool_amount" -> poolAmount = in.cents(field);
      case "balance_available" -> balanceAvailable = in.cents(field);
      case "balance_pending" -> balancePending = in.cents(field);
      case "balance_pending_validation" -> balancePendingValidation = in.cents(field);
      case "fees_daily_rate" -> feesDailyRate = in.decimal(field);
      default -> in.skip();
    }
  }

  @Override
  public CreditLine finish(JsonLocation start, JsonCursor in) {
    // Invoices find their credit line by this identifier: a line without it could never be used.
    String borrower = borrowerIdentifier.orElseThrow(() -> InputException.at(in.source(), start,
        "credit line has no default_borrower.identifier, so no invoice can be matched to it"));
    return new CreditLine(id, borrower, currency.orElse(InvoiceSink.DEFAULT_CURRENCY), poolAmount, balanceAvailable,
        balancePending.orElse(0), balancePendingValidation.orElse(0), feesDailyRate);
  }
}
