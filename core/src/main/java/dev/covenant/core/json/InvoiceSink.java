package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.Party;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads an invoice: an {@code invoice_creation_payload} or an item of {@code GET /invoices}. Its
 * {@code document} is skipped undecoded, like every field the model does not know.
 */
final class InvoiceSink implements RecordSink<Invoice> {
  static final String DEFAULT_CURRENCY = "EUR";

  private final InvoiceOrigin origin;
  private Optional<String> invoiceNumber = Optional.empty();
  private Optional<String> currency = Optional.empty();
  private Optional<OffsetDateTime> issuedAt = Optional.empty();
  private Optional<OffsetDateTime> dueAt = Optional.empty();
  private OptionalLong netAmount = OptionalLong.empty();
  private OptionalLong taxAmount = OptionalLong.empty();
  private OptionalLong totalAmount = OptionalLong.empty();
  private OptionalLong toPayAmount = OptionalLong.empty();
  private Party buyer = Party.NONE;
  private Party seller = Party.NONE;
  private BankAccount toAccount = BankAccount.NONE;
  private final Map<String, String> metadata = new LinkedHashMap<>();

  InvoiceSink(InvoiceOrigin origin) {
    this.origin = origin;
  }

  @Override
  public void field(String name, JsonCursor in) throws IOException {
    switch (name) {
      case "invoice_number" -> invoiceNumber = in.identity(name);
      case "currency" -> currency = in.currency(name);
      case "issued_at" -> issuedAt = in.dateTime(name);
      case "due_at" -> dueAt = in.dateTime(name);
      case "net_amount" -> netAmount = in.cents(name);
      case "tax_amount" -> taxAmount = in.cents(name);
      case "total_amount" -> totalAmount = in.cents(name);
      case "to_pay_amount" -> toPayAmount = in.cents(name);
      case "buyer" -> buyer = PartyReader.party(name, in);
      case "seller" -> seller = PartyReader.party(name, in);
      // to_account in a creation payload, to_account_details in GET /invoices: the same account.
      case "to_account", "to_account_details" -> toAccount = PartyReader.account(name, in);
      case "metadata" -> metadata(name, in);
      default -> in.skip();
    }
  }

  @Override
  public Invoice finish(JsonLocation start, JsonCursor in) {
    String number = invoiceNumber.orElseThrow(() -> InputException.at(in.source(), start, "invoice has no invoice_number"));
    return new Invoice(number, currency.orElse(DEFAULT_CURRENCY), issuedAt, dueAt, netAmount, taxAmount,
        totalAmount, toPayAmount, buyer, seller, toAccount, metadata, origin);
  }

  /** Metadata values as text: a number or boolean as written in the JSON; null, objects and arrays left out. */
  private void metadata(String field, JsonCursor in) throws IOException {
    if (!in.objectOrNull(field)) {
      return;
    }
    in.fields(name -> {
      JsonToken token = in.token();
      if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
        metadata.put(name, in.parser().getText());
      } else {
        in.skip();
      }
    });
  }
}
