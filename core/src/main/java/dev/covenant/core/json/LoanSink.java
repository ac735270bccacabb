package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.covenant.core.model.LoanProposal;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a loan as {@code GET /loan/{id}} (LoanAPI) returns it. */
final class LoanSink implements RecordSink<LoanProposal> {
  private Optional<String> id = Optional.empty();
  private OptionalLong amount = OptionalLong.empty();
  private Optional<String> currency = Optional.empty();
  private OptionalLong feesEstimated = OptionalLong.empty();
  private Optional<OffsetDateTime> toPayAt = Optional.empty();
  private Optional<OffsetDateTime> toRepayAt = Optional.empty();
  private Optional<String> status = Optional.empty();
  private Optional<String> borrowerIdentifier = Optional.empty();

  @Override
  public void field(String field, JsonCursor in) throws IOException {
    switch (field) {
      case "id" -> id = in.id(field);
      case "amount" -> amount = in.cents(field);
      case "currency" -> currency = in.currency(field);
      case "fees_estimated" -> feesEstimated = in.cents(field);
      case "to_pay_at" -> toPayAt = in.dateTime(field);
      case "to_repay_at" -> toRepayAt = in.dateTime(field);
      case "status" -> status = in.identity(field);
      case "borrower" -> borrowerIdentifier = in.nestedIdentity(field, "identifier");
      default -> in.skip();
    }
  }

  @Override
  public LoanProposal finish(JsonLocation start, JsonCursor in) {
    String loanId = id.orElseThrow(() -> InputException.at(in.source(), start, "loan has no id"));
    if (amount.isEmpty()) {
      throw InputException.at(in.source(), start, "loan " + loanId + " has no amount");
    }
    String loanStatus = status.orElseThrow(() -> InputException.at(in.source(), start, "loan " + loanId + " has no status"));
    return new LoanProposal(loanId, amount.getAsLong(), currency.orElse(InvoiceSink.DEFAULT_CURRENCY), feesEstimated,
        toPayAt, toRepayAt, loanStatus, borrowerIdentifier);
  }
}
