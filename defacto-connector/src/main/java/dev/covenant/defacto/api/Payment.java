package dev.covenant.defacto.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment as {@code GET /payments} lists it ({@code PaymentApi}): a loan's payout, a repayment,
 * fees. Amounts are minor units.
 *
 * @param paymentType   {@code LOAN_PAYMENT}, {@code REPAYMENT_FULL}, {@code REPAYMENT_FEES}...
 * @param paymentMethod {@code SCT}, {@code DIRECT_DEBIT} or {@code P2P}
 * @param failureReason why a FAILED payment failed
 */
public record Payment(
    String id,
    long amount,
    Optional<String> currency,
    PaymentStatus status,
    String paymentType,
    Optional<String> paymentMethod,
    Optional<OffsetDateTime> scheduledAt,
    Optional<OffsetDateTime> paidAt,
    Optional<String> failureReason,
    Optional<AccountDetails> fromAccountDetails,
    Optional<AccountDetails> toAccountDetails,
    List<String> toReferences) {

  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paymentType, "paymentType");
    status = status == null ? PaymentStatus.UNKNOWN : status;
    currency = Lists.orEmpty(currency);
    paymentMethod = Lists.orEmpty(paymentMethod);
    scheduledAt = Lists.orEmpty(scheduledAt);
    paidAt = Lists.orEmpty(paidAt);
    failureReason = Lists.orEmpty(failureReason);
    fromAccountDetails = Lists.orEmpty(fromAccountDetails);
    toAccountDetails = Lists.orEmpty(toAccountDetails);
    toReferences = Lists.copy(toReferences);
  }
}
