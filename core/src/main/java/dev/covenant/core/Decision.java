package dev.covenant.core;

import dev.covenant.core.internal.engine.SaltIds;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy decided for one invoice.
 *
 * @param invoice            the invoice decided
 * @param outcome            finance, skip or review
 * @param rule               the deciding rule; empty when {@code otherwise} or the implicit default decided
 * @param reason             the reason in words (the rule's reason, or the invariant that turned a finance into a skip)
 * @param amount             the amount to finance; present only for {@link Outcome#FINANCE}
 * @param payOn              when the loan is paid out; present only for {@link Outcome#FINANCE}
 * @param repayOn            when it is repaid; present only for {@link Outcome#FINANCE}
 * @param autoValidate       whether the loan request asks Defacto to validate it without a person
 * @param borrowerIdentifier whose credit line finances the invoice, when the invoice names it
 * @param explanation        why, computed on first use
 */
public record Decision(
    Invoice invoice,
    Outcome outcome,
    Optional<String> rule,
    String reason,
    Optional<Money> amount,
    Optional<LocalDate> payOn,
    Optional<LocalDate> repayOn,
    boolean autoValidate,
    Optional<String> borrowerIdentifier,
    Explanation explanation) {

  public Decision {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The idempotency key sent as Defacto's {@code salt_id}: it depends only on the invoice's seller
   * identifier and number, so deciding the same invoice again, in any batch, gives the same key.
   */
  public String saltId() {
    return SaltIds.of(invoice.key());
  }

  /** The currency of the decision: the invoice's. */
  public String currency() {
    return amount.map(Money::currency).orElse(invoice.currency());
  }
}
