package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.core.model.Money;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A loan as {@code GET /loan/{id}} and {@code POST /loans} return it ({@code LoanAPI}). Amounts
 * are minor units of {@link #currency()}.
 *
 * <pre>{@code
 * Loan loan = defacto.loan(id);
 * if (loan.status() == LoanStatus.TO_VALIDATE) {
 *   ValidationDecision decision = policy.validate(loan.toProposal(), ...);
 * }
 * }</pre>
 *
 * @param feesEstimated         the fees Defacto proposes, part of the conditions to accept
 * @param denialReason          why a DECLINED loan was declined, such as {@code INVOICE_ALREADY_FINANCED}
 * @param repaymentTo           where to repay when the status is TO_REPAY
 * @param repaymentToReferences the reference(s) the repayment transfer must carry
 * @param metadata              Defacto's {@code metadata} object: text values as they are, any other
 *                              value as its JSON text ({@code 12}, {@code true}, {@code {"a":1}});
 *                              empty when absent. Covenant's loans carry {@value #COVENANT_SALT_ID}
 */
public record Loan(
    String id,
    LoanStatus status,
    long amount,
    String currency,
    OptionalLong feesEstimated,
    Optional<String> denialReason,
    Optional<OffsetDateTime> toPayAt,
    Optional<OffsetDateTime> toRepayAt,
    Optional<OffsetDateTime> submittedAt,
    Optional<OffsetDateTime> paidAt,
    Optional<OffsetDateTime> closedAt,
    Optional<Business> borrower,
    Optional<Business> beneficiary,
    List<String> invoiceIds,
    Optional<String> loanType,
    Optional<AccountDetails> loanTo,
    Optional<AccountDetails> repaymentTo,
    List<String> repaymentToReferences,
    OptionalLong repaidAmount,
    @JsonDeserialize(using = MetadataText.class) Map<String, String> metadata) {

  /**
   * The metadata key under which Covenant's loan requests carry their invoice's salt id, so that
   * a later run can find the loans it already requested.
   */
  public static final String COVENANT_SALT_ID = "covenant_salt_id";

  /** The metadata key under which Covenant's loan requests name the policy: {@code <name>@<12 hex of its SHA-256>}. */
  public static final String COVENANT_POLICY = "covenant_policy";

  public Loan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    status = status == null ? LoanStatus.UNKNOWN : status;
    feesEstimated = feesEstimated == null ? OptionalLong.empty() : feesEstimated;
    repaidAmount = repaidAmount == null ? OptionalLong.empty() : repaidAmount;
    denialReason = Lists.orEmpty(denialReason);
    toPayAt = Lists.orEmpty(toPayAt);
    toRepayAt = Lists.orEmpty(toRepayAt);
    submittedAt = Lists.orEmpty(submittedAt);
    paidAt = Lists.orEmpty(paidAt);
    closedAt = Lists.orEmpty(closedAt);
    borrower = Lists.orEmpty(borrower);
    beneficiary = Lists.orEmpty(beneficiary);
    invoiceIds = Lists.copy(invoiceIds);
    loanType = Lists.orEmpty(loanType);
    loanTo = Lists.orEmpty(loanTo);
    repaymentTo = Lists.orEmpty(repaymentTo);
    repaymentToReferences = Lists.copy(repaymentToReferences);
    metadata = Lists.copy(metadata);
  }

  /** The salt id of the invoice a Covenant loan request was for, from {@link #metadata()}; empty for other loans. */
  public Optional<String> covenantSaltId() {
    return Optional.ofNullable(metadata.get(COVENANT_SALT_ID)).filter(id -> !id.isBlank());
  }

  /** The amount lent, with its currency. */
  public Money money() {
    return new Money(amount, currency);
  }

  /** The loan as core's policies read it in their {@code validate} rules. */
  public LoanProposal toProposal() {
    return new LoanProposal(id, amount, currency, feesEstimated, toPayAt, toRepayAt, status.name(),
        borrower.map(Business::identifier));
  }
}
