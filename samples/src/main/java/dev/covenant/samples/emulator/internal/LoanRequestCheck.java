package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code POST /loans} body, checked as Defacto refuses a request: with a 400 that names every
 * field at fault, as {@code {"errors": {"json": {"field": ["why"]}}}}.
 */
record LoanRequestCheck(
    long amount,
    Optional<String> currency,
    String accountNumber,
    Optional<String> bankIdentifier,
    OffsetDateTime toPayAt,
    String toPayAtText,
    OffsetDateTime toRepayAt,
    String toRepayAtText,
    String invoiceNumber,
    String sellerIdentifier,
    Optional<String> buyerIdentifier,
    ObjectNode beneficiary,
    Borrowers.Borrower borrower,
    Optional<String> saltId,
    boolean autoValidate,
    boolean waitForValidation,
    ObjectNode metadata) {

  private static final String MISSING = "Missing data for required field.";
  private static final List<String> INVOICE_FIELDS = List.of("buyer", "document", "due_at", "invoice_number",
      "issued_at", "seller", "total_amount");

  static LoanRequestCheck check(ObjectNode body, Map<String, Borrowers.Borrower> borrowers) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    long amount = 0;
    JsonNode amountNode = body.path("amount");
    if (amountNode.isMissingNode() || amountNode.isNull()) {
      add(errors, "amount", MISSING);
    } else if (!amountNode.isIntegralNumber() || !amountNode.canConvertToLong() || amountNode.asLong() <= 0) {
      add(errors, "amount", "Must be a positive integer (minor units).");
    } else {
      amount = amountNode.asLong();
    }
    Optional<String> currency = Json.text(body, "currency");
    if (currency.isPresent() && !currency.get().equals("EUR") && !currency.get().equals("GBP")) {
      add(errors, "currency", "Must be one of: EUR, GBP.");
    }
    Optional<String> accountNumber = Json.text(body.path("loan_to"), "account_number");
    if (!body.path("loan_to").isObject()) {
      add(errors, "loan_to", MISSING);
    } else if (accountNumber.isEmpty()) {
      add(errors, "loan_to.account_number", MISSING);
    }
    Optional<OffsetDateTime> toPayAt = time(body, "to_pay_at", errors);
    Optional<OffsetDateTime> toRepayAt = time(body, "to_repay_at", errors);
    if (toPayAt.isPresent() && toRepayAt.isPresent() && toRepayAt.get().isBefore(toPayAt.get())) {
      add(errors, "to_repay_at", "Must not be before to_pay_at.");
    }

    JsonNode invoices = body.path("invoices");
    Optional<ObjectNode> invoice = Optional.empty();
    if (!invoices.isMissingNode() && !invoices.isNull()) {
      if (!invoices.isArray()) {
        add(errors, "invoices", "Not a valid list.");
      } else if (invoices.size() > 1) {
        add(errors, "invoices", "At most one invoice per loan.");
      } else if (invoices.size() == 1) {
        if (invoices.get(0).isObject()) {
          invoice = Optional.of((ObjectNode) invoices.get(0));
        } else {
          add(errors, "invoices.0", "Not a valid invoice.");
        }
      }
    }
    if (invoice.isPresent()) {
      ObjectNode inv = invoice.get();
      for (String field : INVOICE_FIELDS) {
        JsonNode value = inv.path(field);
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
          add(errors, "invoices.0." + field, MISSING);
        }
      }
      if (inv.path("seller").isObject() && Json.text(inv.path("seller"), "identifier").isEmpty()) {
        add(errors, "invoices.0.seller.identifier", MISSING);
      }
      Optional<String> toAccount = Json.text(inv.path("to_account"), "account_number");
      if (accountNumber.isPresent() && toAccount.isPresent() && !toAccount.get().replace(" ", "")
          .equalsIgnoreCase(accountNumber.get().replace(" ", ""))) {
        add(errors, "loan_to.account_number", "to_account must match the invoice: the loan pays the invoice's "
            + "to_account.account_number.");
      }
      JsonNode payable = inv.path("to_pay_amount").isNumber() ? inv.path("to_pay_amount") : inv.path("total_amount");
      if (amount > 0 && payable.isNumber() && amount > payable.asLong()) {
        add(errors, "amount", "Must not exceed the invoice's to_pay_amount (" + payable.asLong() + ").");
      }
    }

    Optional<ObjectNode> theInvoice = invoice;
    Optional<String> borrowerIdentifier = Json.text(body.path("borrower"), "identifier")
        .or(() -> theInvoice.flatMap(i -> Json.text(i.path("seller"), "identifier")));
    Borrowers.Borrower borrower = null;
    if (borrowerIdentifier.isEmpty()) {
      if (!errors.containsKey("invoices.0.seller.identifier") && !errors.containsKey("invoices.0.seller")) {
        add(errors, "borrower", "Missing: give borrower.identifier or an invoice with a seller identifier.");
      }
    } else {
      borrower = borrowers.get(borrowerIdentifier.get());
      if (borrower == null) {
        add(errors, "borrower", "Unknown borrower " + borrowerIdentifier.get() + ": register it with POST /borrowers.");
      }
    }
    JsonNode metadata = body.path("metadata");
    if (!metadata.isMissingNode() && !metadata.isNull() && !metadata.isObject()) {
      add(errors, "metadata", "Not a valid mapping type.");
    }
    if (!errors.isEmpty()) {
      throw Sandbox.fieldErrors("Invalid loan request", errors);
    }

    String sellerIdentifier = invoice.flatMap(i -> Json.text(i.path("seller"), "identifier")).orElse(borrower.identifier);
    ObjectNode beneficiary = Json.object();
    if (invoice.isPresent() && invoice.get().path("seller").isObject()) {
      JsonNode seller = invoice.get().path("seller");
      beneficiary.put("identifier", sellerIdentifier);
      Json.text(seller, "identifier_type").ifPresent(t -> beneficiary.put("identifier_type", t));
      Json.text(seller, "name").ifPresent(n -> beneficiary.put("name", n));
    } else {
      beneficiary.setAll(borrower.light());
    }
    return new LoanRequestCheck(amount, currency, accountNumber.orElseThrow(),
        Json.text(body.path("loan_to"), "bank_identifier"), toPayAt.orElseThrow(), body.path("to_pay_at").asText(),
        toRepayAt.orElseThrow(), body.path("to_repay_at").asText(),
        invoice.flatMap(i -> Json.text(i, "invoice_number")).orElse(""), sellerIdentifier,
        invoice.flatMap(i -> Json.text(i.path("buyer"), "identifier")), beneficiary, borrower,
        Json.text(body, "salt_id"), body.path("auto_validate").asBoolean(false),
        body.path("wait_for_validation").asBoolean(false),
        metadata.isObject() ? ((ObjectNode) metadata).deepCopy() : Json.object());
  }

  private static Optional<OffsetDateTime> time(ObjectNode body, String field, Map<String, List<String>> errors) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      add(errors, field, MISSING);
      return Optional.empty();
    }
    Optional<OffsetDateTime> time = value.isTextual() ? Sandbox.parseTime(value.asText()) : Optional.empty();
    if (time.isEmpty()) {
      add(errors, field, "Not a valid datetime.");
    }
    return time;
  }

  private static void add(Map<String, List<String>> errors, String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }
}
