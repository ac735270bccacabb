package dev.covenant.defacto.execution;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LoanWebhookHandler} did with one notification.
 *
 * @param notificationId the notification's {@code id}
 * @param eventType      such as {@code Loan.TO_VALIDATE}
 * @param action         what was done
 * @param loanId         the loan concerned, when the notification names one
 * @param loanStatus     the loan's status as re-read from Defacto (or after validating or canceling)
 * @param rule           the validate rule that decided, for validated, canceled and held loans
 * @param reason         why, in words
 * @param denialReason   Defacto's {@code denial_reason} for a declined loan
 * @param error          what failed, for {@link WebhookAction#FAILED}
 */
public record WebhookResult(
    Optional<String> notificationId,
    String eventType,
    WebhookAction action,
    Optional<String> loanId,
    Optional<String> loanStatus,
    Optional<String> rule,
    String reason,
    Optional<String> denialReason,
    Optional<ExecutionError> error) {

  public WebhookResult {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(loanStatus, "loanStatus");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(denialReason, "denialReason");
    Objects.requireNonNull(error, "error");
  }
}
