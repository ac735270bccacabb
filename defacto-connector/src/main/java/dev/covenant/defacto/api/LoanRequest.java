package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /loans} ({@code APIPostLoan}).
 *
 * <pre>{@code
 * LoanRequest request = LoanRequest.builder(12_000, AccountDetails.iban(iban, bic), payAt, repayAt)
 *     .invoice(DefactoJson.originalPayload(invoice))   // as given, PDF included
 *     .borrower(BusinessIdentifier.of("312416506", "siren"))
 *     .saltId(decision.saltId())                        // makes the request safe to repeat
 *     .build();
 * }</pre>
 *
 * <p>The {@code salt_id} is what makes a repeated request return the loan it created the first
 * time instead of a second loan: derive it from the invoice (as core's decisions do), never from
 * the clock or a random number at call time.
 *
 * @param amount            the amount to lend, in minor units
 * @param currency          {@code EUR} or {@code GBP}; Defacto's default when absent
 * @param loanTo            the account paid; for an invoice, its {@code to_account}
 * @param invoices          the invoices' {@code invoice_creation_payload}s, untouched (at most one per loan)
 * @param autoValidate      accept Defacto's conditions without a {@code validate} call
 * @param waitForValidation wait (up to 20 s) for Defacto's decision instead of PENDING_VALIDATION
 */
public record LoanRequest(
    long amount,
    Optional<String> currency,
    AccountDetails loanTo,
    OffsetDateTime toPayAt,
    OffsetDateTime toRepayAt,
    List<ObjectNode> invoices,
    Optional<BusinessIdentifier> borrower,
    Optional<String> saltId,
    boolean autoValidate,
    boolean waitForValidation,
    Map<String, String> metadata) {

  public LoanRequest {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive, got " + amount);
    }
    Objects.requireNonNull(loanTo, "loanTo");
    Objects.requireNonNull(toPayAt, "toPayAt");
    Objects.requireNonNull(toRepayAt, "toRepayAt");
    currency = Lists.orEmpty(currency);
    invoices = Lists.copyNodes(invoices);
    borrower = Lists.orEmpty(borrower);
    saltId = Lists.orEmpty(saltId);
    // A blank salt_id is not sent at all (empty values are left out of the body), so Defacto
    // could not recognise a repeat, while the client would still retry the request as safe.
    if (saltId.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("salt_id must not be blank: leave it out, or derive it from the invoice");
    }
    metadata = Lists.copy(metadata);
  }

  /** Copies, so that no caller can change a request once built. */
  @Override
  public List<ObjectNode> invoices() {
    return Lists.copyNodes(invoices);
  }

  public static Builder builder(long amount, AccountDetails loanTo, OffsetDateTime toPayAt, OffsetDateTime toRepayAt) {
    return new Builder(amount, loanTo, toPayAt, toRepayAt);
  }

  /** Invoices by number, not their payloads, whose PDFs run to megabytes. */
  @Override
  public String toString() {
    List<String> numbers = invoices.stream().map(i -> i.path("invoice_number").asText("?")).toList();
    return "LoanRequest[amount=" + amount + currency.map(c -> " " + c).orElse("") + ", loanTo=" + loanTo.accountNumber()
        + ", toPayAt=" + toPayAt + ", toRepayAt=" + toRepayAt + ", invoices=" + numbers
        + ", borrower=" + borrower.map(BusinessIdentifier::identifier).orElse("-")
        + ", saltId=" + saltId.orElse("-") + ", autoValidate=" + autoValidate
        + ", waitForValidation=" + waitForValidation + "]";
  }

  /** Builds a {@link LoanRequest}: the four required fields first, the rest optional. */
  public static final class Builder {
    private final long amount;
    private final AccountDetails loanTo;
    private final OffsetDateTime toPayAt;
    private final OffsetDateTime toRepayAt;
    private Optional<String> currency = Optional.empty();
    private final List<ObjectNode> invoices = new ArrayList<>();
    private Optional<BusinessIdentifier> borrower = Optional.empty();
    private Optional<String> saltId = Optional.empty();
    private boolean autoValidate;
    private boolean waitForValidation;
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder(long amount, AccountDetails loanTo, OffsetDateTime toPayAt, OffsetDateTime toRepayAt) {
      this.amount = amount;
      this.loanTo = loanTo;
      this.toPayAt = toPayAt;
      this.toRepayAt = toRepayAt;
    }

    public Builder currency(String code) {
      this.currency = Optional.of(code);
      return this;
    }

    /** Adds an invoice's {@code invoice_creation_payload}, sent as given. */
    public Builder invoice(ObjectNode invoiceCreationPayload) {
      invoices.add(Objects.requireNonNull(invoiceCreationPayload, "invoiceCreationPayload"));
      return this;
    }

    public Builder borrower(BusinessIdentifier identifier) {
      this.borrower = Optional.of(identifier);
      return this;
    }

    public Builder saltId(String id) {
      this.saltId = Optional.of(id);
      return this;
    }

    public Builder autoValidate(boolean value) {
      this.autoValidate = value;
      return this;
    }

    public Builder waitForValidation(boolean value) {
      this.waitForValidation = value;
      return this;
    }

    public Builder metadata(String key, String value) {
      metadata.put(key, value);
      return this;
    }

    public LoanRequest build() {
      return new LoanRequest(amount, currency, loanTo, toPayAt, toRepayAt, invoices, borrower, saltId, autoValidate,
          waitForValidation, metadata);
    }
  }
}
