package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.covenant.core.model.Borrower;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Reads a borrower of {@code GET /borrowers}; {@code contract_s3_url}, a pre-signed link, is skipped unread. */
final class BorrowerSink implements RecordSink<Borrower> {
  private Optional<String> id = Optional.empty();
  private Optional<String> identifier = Optional.empty();
  private Optional<String> identifierType = Optional.empty();
  private Optional<String> name = Optional.empty();
  private Optional<String> status = Optional.empty();
  private Optional<String> legalForm = Optional.empty();
  private Optional<OffsetDateTime> signedAt = Optional.empty();

  @Override
  public void field(String field, JsonCursor in) throws IOException {
    switch (field) {
      case "id" -> id = in.id(field);
      case "identifier" -> identifier = in.identity(field);
      case "identifier_type" -> identifierType = in.text(field);
      case "name" -> name = in.text(field);
      case "status" -> status = in.text(field);
      case "legal_form" -> legalForm = in.text(field);
      case "signed_at" -> signedAt = in.dateTime(field);
      default -> in.skip();
    }
  }

  @Override
  public Borrower finish(JsonLocation start, JsonCursor in) {
    String required = identifier.orElseThrow(() -> InputException.at(in.source(), start, "borrower has no identifier"));
    return new Borrower(id, required, identifierType, name, status, legalForm, signedAt);
  }
}
