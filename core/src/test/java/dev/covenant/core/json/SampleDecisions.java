package dev.covenant.core.json;

import dev.covenant.core.ConditionTrace;
import dev.covenant.core.Decision;
import dev.covenant.core.Explanation;
import dev.covenant.core.ObservedValue;
import dev.covenant.core.Outcome;
import dev.covenant.core.RuleTrace;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.model.Address;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.core.model.Money;
import dev.covenant.core.model.Party;
import dev.covenant.dsl.ast.ValidateOutcome;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Decisions built by hand, as the engine would make them, for the writers' tests. */
final class SampleDecisions {
  private SampleDecisions() {}

  static Invoice invoice(String number, Optional<String> seller) {
    Party sellerParty = new Party(Optional.of("Acme Fournitures"), seller, Optional.empty(), Optional.empty(), Address.NONE);
    Party buyer = new Party(Optional.empty(), Optional.of("800100200"), Optional.empty(), Optional.empty(), Address.NONE);
    return new Invoice(number, "EUR", Optional.empty(), Optional.of(OffsetDateTime.parse("2026-12-01T00:00:00Z")),
        OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(300000), OptionalLong.of(280000), buyer, sellerParty,
        BankAccount.NONE, Map.of(), new InvoiceOrigin("invoices.json", 4));
  }

  /** Financed by rule "small invoices" after "blocked buyers" did not match. */
  static Decision finance() {
    Explanation why = Explanation.of(List.of(
        new RuleTrace(Optional.of("blocked buyers"), 5, false, List.of(
            new ConditionTrace("invoice.buyer.identifier in blocked", 6, 10, false,
                List.of(new ObservedValue("invoice.buyer.identifier", Optional.of("800100200")))))),
        new RuleTrace(Optional.of("small invoices"), 9, true, List.of(
            new ConditionTrace("invoice.to_pay_amount <= 5_000 EUR", 10, 10, true,
                List.of(new ObservedValue("invoice.to_pay_amount", Optional.of("2800.00 EUR"))))))),
        Optional.empty());
    return new Decision(invoice("ACME-2026-0117", Optional.of("900300400")), Outcome.FINANCE,
        Optional.of("small invoices"), "small and soon due", Optional.of(new Money(280000, "EUR")),
        Optional.of(LocalDate.of(2026, 11, 20)), Optional.of(LocalDate.of(2026, 12, 1)), true,
        Optional.of("900300400"), why);
  }

  /** Skipped by an engine invariant, after a rule that saw a missing value and the implicit default. */
  static Decision skip() {
    Explanation why = Explanation.of(List.of(
        new RuleTrace(Optional.of("long terms"), 12, false, List.of(
            new ConditionTrace("invoice.due_at - today > 60 days", 13, 10, false,
                List.of(new ObservedValue("invoice.due_at", Optional.empty()))))),
        new RuleTrace(Optional.empty(), 0, true, List.of())),
        Optional.of("the credit line has 0.00 EUR available"));
    return new Decision(invoice("NO-SELLER-1", Optional.empty()), Outcome.SKIP, Optional.empty(),
        "the credit line has 0.00 EUR available", Optional.empty(), Optional.empty(), Optional.empty(), false,
        Optional.empty(), why);
  }

  static ValidationDecision cancel() {
    LoanProposal loan = new LoanProposal("a7c0e0f1-0000-4000-8000-0000000000e1", 280000, "EUR", OptionalLong.of(9100),
        Optional.empty(), Optional.empty(), "TO_VALIDATE", Optional.of("900300400"));
    Explanation why = Explanation.of(List.of(
        new RuleTrace(Optional.of("fees too high"), 20, true, List.of(
            new ConditionTrace("loan.fees_estimated > 2% of loan.amount", 21, 10, true,
                List.of(new ObservedValue("loan.fees_estimated", Optional.of("91.00 EUR")),
                    new ObservedValue("loan.amount", Optional.of("2800.00 EUR"))))))),
        Optional.empty());
    return new ValidationDecision(loan, ValidateOutcome.CANCEL, Optional.of("fees too high"), "fees above 2%", why);
  }
}
