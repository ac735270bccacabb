package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.samples.emulator.EmulatedLoan;
import dev.covenant.samples.emulator.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A loan, its payments and its history. Mutable, guarded by the sandbox's lock; it moves along
 * its life cycle only when {@link #advance} is called with the time it is now, and every step is
 * dated when it was due, not when it was noticed.
 */
final class LoanRecord {
  /** Statuses in which a loan holds its amount on the credit line. */
  static final Set<String> HOLDING = Set.of("PENDING_VALIDATION", "TO_VALIDATE", "VALIDATED", "SCHEDULED",
      "INITIATED", "TO_REPAY", "ISSUE_DETECTED");
  static final Set<String> PENDING_VALIDATION = Set.of("PENDING_VALIDATION", "TO_VALIDATE");
  static final Set<String> PENDING = Set.of("VALIDATED", "SCHEDULED");
  static final Set<String> CANCELABLE = Set.of("TO_VALIDATE", "VALIDATED", "SCHEDULED");

  /** A step of the life cycle, for webhooks. */
  record Transition(LoanRecord loan, String status, Instant at, String name) {}

  final String id;
  final Optional<String> saltId;
  final String invoiceNumber;
  final String sellerIdentifier;
  final Borrowers.Borrower borrower;
  final ObjectNode beneficiary;
  final long amount;
  final String currency;
  final ObjectNode loanTo;
  final String toPayAt;
  final String toRepayAt;
  final Instant submittedAt;
  final Instant decisionAt;
  final boolean autoValidate;
  final Scenario scenario;
  final ObjectNode metadata;
  final List<String> invoiceIds;
  final long feesEstimated;
  /** Why the decision will decline the loan; known from the start, shown only once decided. */
  final Optional<String> denial;
  final ObjectNode repaymentTo;
  final ObjectNode loanFrom;
  final String reference;

  String status = "PENDING_VALIDATION";
  Optional<Instant> validatedAt = Optional.empty();
  Optional<Instant> paidAt = Optional.empty();
  Optional<Instant> closedAt = Optional.empty();
  long repaidAmount;
  final List<ObjectNode> events = new ArrayList<>();
  final List<PaymentRecord> payments = new ArrayList<>();

  LoanRecord(String id, Optional<String> saltId, String invoiceNumber, String sellerIdentifier,
      Borrowers.Borrower borrower, ObjectNode beneficiary, long amount, String currency, ObjectNode loanTo,
      String toPayAt, String toRepayAt, Instant submittedAt, Instant decisionAt, boolean autoValidate,
      Scenario scenario, ObjectNode metadata, List<String> invoiceIds, long feesEstimated, Optional<String> denial,
      ObjectNode repaymentTo, ObjectNode loanFrom) {
    this.id = id;
    this.saltId = saltId;
    this.invoiceNumber = invoiceNumber;
    this.sellerIdentifier = sellerIdentifier;
    this.borrower = borrower;
    this.beneficiary = beneficiary;
    this.amount = amount;
    this.currency = currency;
    this.loanTo = loanTo;
    this.toPayAt = toPayAt;
    this.toRepayAt = toRepayAt;
    this.submittedAt = submittedAt;
    this.decisionAt = decisionAt;
    this.autoValidate = autoValidate;
    this.scenario = scenario;
    this.metadata = metadata;
    this.invoiceIds = List.copyOf(invoiceIds);
    this.feesEstimated = feesEstimated;
    this.denial = denial;
    this.repaymentTo = repaymentTo;
    this.loanFrom = loanFrom;
    this.reference = "DEFACTO-" + id.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether the loan counts against its credit line: a loan bound to be declined reserves nothing. */
  boolean holdsCredit() {
    return HOLDING.contains(status) && !(status.equals("PENDING_VALIDATION") && denial.isPresent());
  }

  boolean isPendingValidation() {
    return PENDING_VALIDATION.contains(status) && holdsCredit();
  }

  boolean isPending() {
    return PENDING.contains(status);
  }

  /** Takes every step due by {@code now}. */
  void advance(Instant now, Timeline timeline, Consumer<Transition> sink) {
    while (step(now, timeline, sink)) {
      // Each step may make the next one due at once (an immediate timeline runs to the end).
    }
  }

  private boolean step(Instant now, Timeline timeline, Consumer<Transition> sink) {
    switch (status) {
      case "PENDING_VALIDATION":
        if (now.isBefore(decisionAt)) {
          return false;
        }
        if (denial.isPresent()) {
          move("DECLINED", decisionAt, "decline", sink);
        } else if (autoValidate) {
          validatedAt = Optional.of(decisionAt);
          move("VALIDATED", decisionAt, "auto_validate", sink);
        } else {
          move("TO_VALIDATE", decisionAt, "accept", sink);
        }
        return true;
      case "VALIDATED": {
        Instant validated = validatedAt.orElseThrow();
        Instant payout = validated.plus(timeline.payout());
        payments.add(new PaymentRecord(this, amount, "LOAN_PAYMENT", payout, loanFrom, loanTo,
            List.of(reference)));
        move("SCHEDULED", validated, "schedule", sink);
        return true;
      }
      case "SCHEDULED": {
        Instant due = validatedAt.orElseThrow().plus(timeline.payout());
        if (now.isBefore(due)) {
          return false;
        }
        PaymentRecord payout = payout();
        if (scenario == Scenario.CANCEL) {
          payout.status = "CANCELED";
          move("CANCELED", due, "cancel_by_defacto", sink);
        } else if (scenario == Scenario.FAIL) {
          payout.status = "FAILED";
          payout.failureReason = Optional.of("The beneficiary's bank rejected the transfer (sandbox FAIL scenario)");
          move("ISSUE_DETECTED", due, "payment_failed", sink);
        } else {
          payout.status = "PAID";
          payout.paidAt = Optional.of(due);
          paidAt = Optional.of(due);
          move("INITIATED", due, "initiate", sink);
        }
        return true;
      }
      case "INITIATED": {
        Instant paid = paidAt.orElseThrow();
        Duration repayment = scenario == Scenario.SUCCESS_ONE_DAY_LATER ? Duration.ofDays(1) : timeline.repayment();
        ObjectNode borrowerAccount = Json.object().put("account_number", loanTo.path("account_number").asText())
            .put("account_number_type", "iban");
        payments.add(new PaymentRecord(this, amount, "REPAYMENT_FULL", paid.plus(repayment), borrowerAccount,
            repaymentTo, List.of(reference)));
        move("TO_REPAY", paid, "to_repay", sink);
        return true;
      }
      case "TO_REPAY": {
        PaymentRecord repayment = payments.get(payments.size() - 1);
        Instant due = repayment.scheduledAt;
        if (now.isBefore(due)) {
          return false;
        }
        repayment.status = "PAID";
        repayment.paidAt = Optional.of(due);
        repaidAmount = amount;
        closedAt = Optional.of(due);
        move("CLOSED", due, "close", sink);
        return true;
      }
      default:
        return false;
    }
  }

  private PaymentRecord payout() {
    return payments.get(0);
  }

  /** {@code POST /loan/{id}/validate}. */
  void validate(Instant now, Consumer<Transition> sink) {
    if (!status.equals("TO_VALIDATE")) {
      throw HttpProblem.badRequest("Loan " + id + " cannot be validated: its status is " + status
          + ", only a TO_VALIDATE loan can");
    }
    validatedAt = Optional.of(now);
    move("VALIDATED", now, "validate", sink);
  }

  /** {@code POST /loan/{id}/cancel}. */
  void cancel(Instant now, Consumer<Transition> sink) {
    if (!CANCELABLE.contains(status)) {
      throw HttpProblem.badRequest("Loan " + id + " cannot be canceled: its status is " + status
          + ", only a TO_VALIDATE, VALIDATED or SCHEDULED loan can");
    }
    for (PaymentRecord payment : payments) {
      if (payment.status.equals("SCHEDULED")) {
        payment.status = "CANCELED";
      }
    }
    move("CANCELED", now, "cancel", sink);
  }

  private void move(String next, Instant at, String transition, Consumer<Transition> sink) {
    status = next;
    ObjectNode event = Json.object();
    event.put("entity_type", "loan");
    event.put("status", next);
    event.put("timestamp", Json.time(at));
    event.put("transition_name", transition);
    ObjectNode payload = Json.object().put("id", id).put("amount", amount).put("currency", currency);
    if (next.equals("DECLINED")) {
      payload.put("denial_reason", denial.orElse(""));
    }
    event.set("payload", payload);
    events.add(event);
    sink.accept(new Transition(this, next, at, transition));
  }

  /** {@code LoanAPI}; {@code MinimalLoanAPI} when {@code minimal} (no documents). */
  ObjectNode json(boolean minimal) {
    ObjectNode loan = Json.object();
    loan.put("id", id);
    loan.put("status", status);
    loan.put("amount", amount);
    loan.put("currency", currency);
    loan.set("borrower", borrower.light());
    loan.set("beneficiary", beneficiary.deepCopy());
    loan.set("invoice_ids", Json.array(invoiceIds));
    loan.put("loan_type", "INVOICE_BASED_FINANCING");
    loan.set("loan_to", loanTo.deepCopy());
    loan.set("loan_to_references", Json.array(List.of(reference)));
    loan.set("loan_from", loanFrom.deepCopy());
    loan.set("loan_from_references", Json.array());
    loan.set("repayment_to", repaymentTo.deepCopy());
    loan.set("repayment_to_references", Json.array(List.of(reference)));
    loan.putNull("repayment_from");
    loan.set("repayment_from_references", Json.array());
    loan.put("repayment_method", "SCT");
    loan.put("to_pay_at", toPayAt);
    loan.put("to_repay_at", toRepayAt);
    loan.put("earliest_to_repay_at", toPayAt);
    loan.put("submitted_at", Json.time(submittedAt));
    Json.putTime(loan, "paid_at", paidAt);
    Json.putTime(loan, "closed_at", closedAt);
    loan.put("repaid_amount", repaidAmount);
    loan.put("repaid_nominal_amount", repaidAmount);
    loan.put("paid_interests_amount", 0);
    loan.put("fees_estimated", feesEstimated);
    if (status.equals("DECLINED") && denial.isPresent()) {
      loan.put("denial_reason", denial.get());
    } else {
      loan.putNull("denial_reason");
    }
    loan.set("metadata", metadata.deepCopy());
    loan.set("deposits", Json.object());
    if (!minimal) {
      ArrayNode documents = Json.array();
      loan.set("documents", documents);
    }
    return loan;
  }

  EmulatedLoan snapshot() {
    return new EmulatedLoan(id, saltId, invoiceNumber, sellerIdentifier, borrower.identifier, amount, currency,
        status, scenario.name());
  }
}
