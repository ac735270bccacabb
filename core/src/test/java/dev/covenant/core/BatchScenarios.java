package dev.covenant.core;

import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated batches: invoices of a few sellers competing for their credit lines, with copies and gaps. */
public final class BatchScenarios {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final List<String> SELLERS = List.of("S1", "S2", "S3", "S4");

  /** A policy whose rules read availability and exposure, with allocation keys and a reserve. */
  public static final String POLICY = """
      policy "generated" version 1
      timezone "Europe/Paris"
      finance {
        rule "not euro" when invoice.currency != EUR then skip
        rule "overdue" when invoice.due_at < today then skip
        rule "concentration" when exposure.buyer + invoice.to_pay_amount > 60_000 EUR then review
        rule "whole"
          when invoice.to_pay_amount <= 20_000 EUR
          then finance 100% of invoice.to_pay_amount auto_validate
        rule "part"
          when credit_line.available >= 50% of invoice.to_pay_amount
          then finance 50% of invoice.to_pay_amount
        otherwise skip "no rule matched"
      }
      allocate by invoice.due_at ascending, invoice.to_pay_amount descending
      reserve 10% of credit_line.pool_amount
      """;

  private BatchScenarios() {}

  /** Invoices and the credit lines of their sellers (some sellers have none). */
  public record Scenario(List<Invoice> invoices, Map<String, CreditLine> creditLines) {
    public DecisionInputs inputs() {
      List<Borrower> borrowers = SELLERS.stream().map(s -> TestInvoices.borrower(s, "READY")).toList();
      return DecisionInputs.of(borrowers, creditLines.values()).withToday(TODAY);
    }

    /**
     * The same invoices once the loans of {@code created} exist on Defacto: each credit line's
     * balance_available is lower by the loans drawn on it.
     */
    public Scenario afterLoans(List<Decision> created) {
      Map<String, Long> drawn = new HashMap<>();
      created.forEach(d -> drawn.merge(d.borrowerIdentifier().orElseThrow(), d.amount().orElseThrow().minorUnits(), Long::sum));
      Map<String, CreditLine> live = new HashMap<>();
      creditLines.forEach((borrower, line) -> live.put(borrower, TestInvoices.creditLine(borrower,
          line.poolAmount().orElseThrow(), line.balanceAvailable().orElseThrow() - drawn.getOrDefault(borrower, 0L))));
      return new Scenario(invoices, live);
    }
  }

  /** The loans of {@code created} as a re-run passes them: amount by salt id. */
  public static Map<String, Money> requestedLoans(List<Decision> created) {
    Map<String, Money> loans = new HashMap<>();
    created.forEach(d -> loans.put(d.saltId(), d.amount().orElseThrow()));
    return loans;
  }

  /** A random share of the finance decisions of {@code batch}: the loans a crashed run had created. */
  public static List<Decision> someFinanced(DecisionBatch batch, long seed) {
    Random random = new Random(seed);
    int percent = random.nextInt(101);
    return batch.decisions().stream().filter(d -> d.outcome() == Outcome.FINANCE)
        .filter(d -> random.nextInt(100) < percent).toList();
  }

  public static Arbitrary<Scenario> scenarios() {
    Arbitrary<Invoice> invoice = Combinators.combine(
        Arbitraries.integers().between(1, 400), Arbitraries.of(SELLERS), Arbitraries.of("B1", "B2", "B3"),
        Arbitraries.longs().between(1, 30_000_000L).injectNull(0.05), Arbitraries.of("EUR", "EUR", "EUR", "GBP"),
        Arbitraries.integers().between(-10, 120), Arbitraries.integers().between(0, 23))
        .as((number, seller, buyer, cents, currency, dueInDays, hour) -> TestInvoices.invoice("INV-" + number, seller,
            buyer, "FRA", currency, cents == null ? OptionalLong.empty() : OptionalLong.of(cents),
            "2026-11-01T10:00:00+01:00", TODAY.plusDays(dueInDays).atTime(hour, 30) + ":00+01:00"));
    Arbitrary<CreditLine> creditLine = Combinators.combine(Arbitraries.of(SELLERS),
        Arbitraries.longs().between(0, 20_000_000L), Arbitraries.longs().between(0, 20_000_000L))
        .as((seller, pool, available) -> TestInvoices.creditLine(seller, pool, available));
    return Combinators.combine(invoice.list().ofMaxSize(60), creditLine.list().ofMaxSize(4))
        .as((invoices, lines) -> {
          Map<String, CreditLine> bySeller = new HashMap<>();
          lines.forEach(line -> bySeller.put(line.borrowerIdentifier(), line));
          return new Scenario(invoices, bySeller);
        });
  }
}
