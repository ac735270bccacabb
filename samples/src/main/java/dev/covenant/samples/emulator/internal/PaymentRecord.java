package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A payment of a loan: its payout or its repayment. Mutable, guarded by the sandbox's lock. */
final class PaymentRecord {
  final String id = UUID.randomUUID().toString();
  final LoanRecord loan;
  final long amount;
  final String paymentType;
  final Instant scheduledAt;
  final ObjectNode from;
  final ObjectNode to;
  final List<String> references;
  String status = "SCHEDULED";
  Optional<Instant> paidAt = Optional.empty();
  Optional<String> failureReason = Optional.empty();

  PaymentRecord(LoanRecord loan, long amount, String paymentType, Instant scheduledAt, ObjectNode from, ObjectNode to,
      List<String> references) {
    this.loan = loan;
    this.amount = amount;
    this.paymentType = paymentType;
    this.scheduledAt = scheduledAt;
    this.from = from;
    this.to = to;
    this.references = List.copyOf(references);
  }

  /** {@code PaymentApi}. */
  ObjectNode json() {
    ObjectNode payment = Json.object();
    payment.put("id", id);
    payment.put("amount", amount);
    payment.put("currency", loan.currency);
    payment.put("status", status);
    payment.put("payment_type", paymentType);
    payment.put("payment_method", "SCT");
    payment.put("is_instant", false);
    payment.put("scheduled_at", Json.time(scheduledAt));
    Json.putTime(payment, "paid_at", paidAt);
    if (failureReason.isPresent()) {
      payment.put("failure_reason", failureReason.get());
    } else {
      payment.putNull("failure_reason");
    }
    payment.set("from_account_details", from.deepCopy());
    payment.set("to_account_details", to.deepCopy());
    payment.set("from_references", Json.array());
    payment.set("to_references", Json.array(references));
    payment.set("related_to", Json.object().set("loans", Json.array(List.of(loan.id))));
    return payment;
  }
}
