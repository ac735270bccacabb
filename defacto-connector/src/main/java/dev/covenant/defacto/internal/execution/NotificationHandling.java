package dev.covenant.defacto.internal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.ValidationDecision;
import dev.covenant.defacto.DefactoClient;
import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.api.Loan;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.WebhookNotification;
import dev.covenant.defacto.execution.ExecutionError;
import dev.covenant.defacto.execution.InvalidNotificationException;
import dev.covenant.defacto.execution.WebhookAction;
import dev.covenant.defacto.execution.WebhookResult;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one notification: deduplicates it, re-reads the loan it names, and only then acts, on
 * what Defacto says now rather than on what the notification claims.
 */
public final class NotificationHandling {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationHandling.class);
  static final String TO_VALIDATE = "Loan.TO_VALIDATE";
  static final String DECLINED = "Loan.DECLINED";
  static final String PAYMENT_FAILED = "Payment.FAILED";
  /** Notifications are small; a body this large is not one. */
  static final int MAX_BODY_CHARS = 1 << 20;

  private final DefactoClient defacto;
  private final ValidationStep validation;
  private final RecentIds recent;
  /** Loans being validated by this handler now: two deliveries of one event never act twice. */
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  public NotificationHandling(DefactoClient defacto, ValidationStep validation, int rememberedIds) {
    this.defacto = defacto;
    this.validation = validation;
    this.recent = new RecentIds(rememberedIds);
  }

  public WebhookResult handle(String body, DecisionInputs inputs) {
    WebhookNotification notification = parse(body);
    String type = notification.eventType();
    if (!type.equals(TO_VALIDATE) && !type.equals(DECLINED) && !type.equals(PAYMENT_FAILED)) {
      return result(notification, WebhookAction.IGNORED_EVENT_TYPE, "not an event the handler acts on")
          .withLoan(Optional.empty());
    }
    Optional<String> loanId = type.equals(PAYMENT_FAILED) ? paymentLoan(notification)
        : Optional.of(notification.entityId().filter(id -> !id.isBlank()).orElseThrow(
            () -> new InvalidNotificationException("the " + type + " notification has no entity_state.id")));
    if (!recent.firstSight(notification.id())) {
      return result(notification, WebhookAction.IGNORED_DUPLICATE, "notification already handled").withLoan(loanId);
    }
    try {
      return type.equals(PAYMENT_FAILED) ? paymentFailed(notification, loanId)
          : loanEvent(notification, loanId.orElseThrow(), inputs);
    } catch (DefactoException e) {
      return failed(notification, loanId, Failures.of(e));
    } catch (RuntimeException e) {
      // Not only Defacto's answers fail: the key supplier giving nothing, a rule that cannot be
      // evaluated... The id was marked seen above; were it kept, every redelivery would be
      // dropped as a duplicate and the loan never handled.
      return failed(notification, loanId, Failures.of("handle " + type, e));
    }
  }

  private WebhookResult failed(WebhookNotification notification, Optional<String> loanId, ExecutionError error) {
    // Forgotten, so that Defacto's next delivery of this notification is handled afresh.
    recent.forget(notification.id());
    LOG.warn("notification {} ({}): {}", notification.id(), notification.eventType(), error);
    return new WebhookResult(Optional.of(notification.id()), notification.eventType(), WebhookAction.FAILED, loanId,
        Optional.empty(), Optional.empty(), error.toString(), Optional.empty(), Optional.of(error));
  }

  private WebhookResult loanEvent(WebhookNotification notification, String loanId, DecisionInputs inputs) {
    // The notification is only a hint: what is done depends on the loan as Defacto has it now.
    Loan loan = defacto.loan(loanId);
    if (!notification.eventType().equals(TO_VALIDATE) || loan.status() != LoanStatus.TO_VALIDATE) {
      String reason = loan.status() == LoanStatus.DECLINED
          ? "declined by Defacto" + loan.denialReason().map(r -> ": " + r).orElse("")
          : "the loan is " + loan.status() + ": nothing to do";
      return recorded(notification, loan, reason);
    }
    if (loan.covenantSaltId().isEmpty()) {
      // A person or another integration on the same key requested it: their conditions to accept, not ours.
      return recorded(notification, loan, "not requested by Covenant (no covenant_salt_id in its metadata): "
          + "left to whoever requested it");
    }
    if (!inFlight.add(loanId)) {
      return result(notification, WebhookAction.IGNORED_DUPLICATE, "loan " + loanId + " is being handled")
          .withLoan(Optional.of(loanId));
    }
    try {
      ValidationDecision decision = validation.decide(loan, inputs);
      Loan after = validation.act(loan, decision);
      WebhookAction action = switch (decision.outcome()) {
        case VALIDATE -> WebhookAction.VALIDATED;
        case CANCEL -> WebhookAction.CANCELED;
        case HOLD -> WebhookAction.HELD;
      };
      return new WebhookResult(Optional.of(notification.id()), notification.eventType(), action, Optional.of(after.id()),
          Optional.of(after.status().name()), decision.rule(), decision.reason(), Optional.empty(), Optional.empty());
    } finally {
      inFlight.remove(loanId);
    }
  }

  /** Recorded from the notification alone: nothing is done that moves money. */
  private static WebhookResult paymentFailed(WebhookNotification notification, Optional<String> loanId) {
    String payment = notification.entityId().orElse("?");
    String why = stateText(notification, "failure_reason").or(() -> stateText(notification, "reason"))
        .orElse("no reason given");
    LOG.warn("payment {} of loan {} failed: {}", payment, loanId.orElse("-"), why);
    return result(notification, WebhookAction.RECORDED, "payment " + payment + " failed: " + why).withLoan(loanId);
  }

  private static WebhookResult recorded(WebhookNotification notification, Loan loan, String reason) {
    return new WebhookResult(Optional.of(notification.id()), notification.eventType(), WebhookAction.RECORDED, Optional.of(loan.id()),
        Optional.of(loan.status().name()), Optional.empty(), reason, loan.denialReason(), Optional.empty());
  }

  /**
   * Reads a body with the client's {@link WebhookNotification}, bounded in size first: a
   * notification is a few kilobytes, and the endpoint receiving it is open to anyone.
   */
  static WebhookNotification parse(String body) {
    if (body.length() > MAX_BODY_CHARS) {
      throw new InvalidNotificationException("the notification body has " + body.length() + " characters, more than "
          + MAX_BODY_CHARS);
    }
    try {
      return WebhookNotification.parse(body);
    } catch (IllegalArgumentException e) {
      throw new InvalidNotificationException(e.getMessage(), e);
    }
  }

  private static Optional<String> stateText(WebhookNotification notification, String field) {
    return notification.entityState().map(state -> state.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
        .filter(text -> !text.isBlank());
  }

  private static Optional<String> paymentLoan(WebhookNotification notification) {
    JsonNode payment = notification.entityState().map(JsonNode.class::cast).orElse(MissingNode.getInstance());
    for (JsonNode relation : payment.path("related_to").path("loans")) {
      JsonNode id = relation.path("loan_id");
      if (id.isTextual() && !id.asText().isBlank()) {
        return Optional.of(id.asText());
      }
    }
    return Optional.empty();
  }

  private static Draft result(WebhookNotification notification, WebhookAction action, String reason) {
    return new Draft(notification, action, reason);
  }

  /** A result that names at most a loan id: nothing was read from Defacto. */
  private record Draft(WebhookNotification notification, WebhookAction action, String reason) {
    WebhookResult withLoan(Optional<String> loanId) {
      return new WebhookResult(Optional.of(notification.id()), notification.eventType(), action, loanId, Optional.empty(),
          Optional.empty(), reason, Optional.empty(), Optional.empty());
    }
  }
}
