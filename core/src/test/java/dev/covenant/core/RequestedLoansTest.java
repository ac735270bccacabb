package dev.covenant.core;

import static dev.covenant.core.TestInvoices.borrower;
import static dev.covenant.core.TestInvoices.creditLine;
import static dev.covenant.core.TestInvoices.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A re-run after a crash counts each invoice's own earlier loan back, and draws only what it does not cover. */
class RequestedLoansTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  /** Finances every invoice whole, biggest first, with no reserve: only credit_line.available limits it. */
  private static final CompiledPolicy WHOLE = Policies.finance("allocate by invoice.to_pay_amount descending",
      "  rule \"whole\" when invoice.to_pay_amount > 0 EUR then finance invoice.to_pay_amount");
  private static final Invoice A = euros("A", 6_000);
  private static final Invoice X = euros("X", 4_000);

  private static Invoice euros(String number, long cents) {
    return invoice(number, "S1", "B1", cents, "2026-11-01T10:00:00+01:00", "2026-12-15T10:00:00+01:00");
  }

  /** Seller S1's credit line with {@code availableCents} left. */
  private static DecisionInputs available(long availableCents) {
    return DecisionInputs.of(List.of(borrower("S1", "READY")), List.of(creditLine("S1", 0, availableCents))).withToday(TODAY);
  }

  private static String saltId(Invoice invoice) {
    return WHOLE.decide(invoice, DecisionInputs.empty()).saltId();
  }

  private static List<String> summaries(DecisionBatch batch) {
    return batch.decisions().stream()
        .map(d -> d.invoice().invoiceNumber() + " " + d.outcome() + " " + d.amount().map(Money::toString).orElse("-"))
        .toList();
  }

  @Test
  void aRerunWithTheLoanItCreatedDecidesAsTheFirstRun() {
    DecisionBatch first = WHOLE.decideAll(List.of(X, A), available(10_000));
    assertThat(summaries(first)).containsExactly("X FINANCE 40.00 EUR", "A FINANCE 60.00 EUR");

    // The crashed run created X's loan: the live balance is 60 EUR.
    DecisionInputs rerun = available(6_000).withRequestedLoan(saltId(X), new Money(4_000, "EUR"));

    assertThat(summaries(WHOLE.decideAll(List.of(X, A), rerun))).isEqualTo(summaries(first));
  }

  @Test
  void withoutTheRequestedLoanTheRerunSkipsTheInvoiceThatHasOne() {
    DecisionBatch rerun = WHOLE.decideAll(List.of(X, A), available(6_000));

    // A takes the 60 EUR left, and X, whose TO_VALIDATE loan exists, would never be validated.
    assertThat(summaries(rerun)).containsExactly("X SKIP -", "A FINANCE 60.00 EUR");
    assertThat(rerun.decisions().get(0).reason()).contains("exceeds credit_line.available 0.00 EUR");
  }

  @Test
  void theRuleSeesTheInvoicesOwnLoanCountedBack() {
    CompiledPolicy policy = Policies.finance("",
        "  rule \"room\" when credit_line.available >= 100 EUR then finance invoice.to_pay_amount\n  otherwise skip");
    DecisionInputs rerun = available(6_000).withRequestedLoan(saltId(X), new Money(4_000, "EUR"));

    Decision decision = policy.decide(X, rerun);

    assertThat(decision.outcome()).isEqualTo(Outcome.FINANCE);
    assertThat(decision.explanation().rules().get(0).conditions().get(0).values())
        .contains(new ObservedValue("credit_line.available", java.util.Optional.of("100.00 EUR")));
    // Another invoice's loan holds credit: it is not counted back for A.
    assertThat(policy.decide(A, rerun).outcome()).isEqualTo(Outcome.SKIP);
  }

  @Test
  void financedAgainTheInvoiceDrawsOnlyWhatItsLoanDoesNotCover() {
    Invoice big = euros("BIG", 5_000);
    Invoice small = euros("SMALL", 3_000);
    // An earlier run (another policy, say) requested 20 EUR for BIG; 60 EUR are left.
    DecisionInputs rerun = available(6_000).withRequestedLoan(saltId(big), new Money(2_000, "EUR"));

    // BIG sees 80 EUR and draws 30; SMALL still finds its 30.
    assertThat(summaries(WHOLE.decideAll(List.of(big, small), rerun)))
        .containsExactly("BIG FINANCE 50.00 EUR", "SMALL FINANCE 30.00 EUR");
  }

  @Test
  void anInvariantMessageSaysTheAvailabilityIncludesTheInvoicesEarlierLoan() {
    DecisionInputs rerun = available(0).withRequestedLoan(saltId(X), new Money(3_000, "EUR"));

    Decision decision = WHOLE.decide(X, rerun);

    assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(decision.reason()).isEqualTo("the amount 40.00 EUR exceeds credit_line.available 30.00 EUR for borrower S1"
        + " (including 30.00 EUR of this invoice's earlier loan)");
  }

  @Test
  void aLoanInAnotherCurrencyThanTheCreditLineIsNotCountedBack() {
    DecisionInputs rerun = available(0).withRequestedLoan(saltId(X), new Money(4_000, "GBP"));

    assertThat(WHOLE.decide(X, rerun).outcome()).isEqualTo(Outcome.SKIP);
  }

  @Test
  void singleBatchAndFileDecisionsAgree(@TempDir Path dir) throws IOException {
    DecisionInputs rerun = available(6_000).withRequestedLoan(saltId(X), new Money(4_000, "EUR"));
    List<Invoice> invoices = List.of(X, A);
    List<Path> files = InvoiceFilesWriter.write(invoices, dir, 1);
    List<Decision> streamed = new ArrayList<>();

    WHOLE.decideFiles(files, rerun, streamed::add);

    List<Decision> inMemory = WHOLE.decideAll(invoices, rerun).decisions();
    assertThat(summaries(new DecisionBatch(streamed))).isEqualTo(summaries(new DecisionBatch(inMemory)));
    assertThat(streamed).extracting(Decision::reason).isEqualTo(inMemory.stream().map(Decision::reason).toList());
    assertThat(WHOLE.decide(X, rerun)).isEqualTo(WHOLE.decideAll(List.of(X), rerun).decisions().get(0));
  }

  @Test
  void requestedLoansAreCopiedAndNeverNull() {
    Map<String, Money> loans = new HashMap<>(Map.of("cov1-a", new Money(1, "EUR")));
    DecisionInputs inputs = DecisionInputs.empty().withRequestedLoans(loans);
    loans.clear();

    assertThat(inputs.requestedLoans()).containsOnlyKeys("cov1-a");
    assertThat(DecisionInputs.empty().requestedLoans()).isEmpty();
    assertThat(inputs.withRequestedLoan("cov1-b", new Money(2, "EUR")).requestedLoans()).containsOnlyKeys("cov1-a", "cov1-b");
    assertThat(inputs.withToday(TODAY).requestedLoans()).isEqualTo(inputs.requestedLoans());
    assertThatThrownBy(() -> inputs.withRequestedLoan(null, new Money(1, "EUR"))).isInstanceOf(NullPointerException.class);
  }
}
