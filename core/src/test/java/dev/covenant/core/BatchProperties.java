package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of batch decisions over generated invoices and credit lines. */
class BatchProperties {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final List<String> SELLERS = List.of("S1", "S2", "S3", "S4");
  private static final CompiledPolicy POLICY = Policies.compile("""
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
      """);

  record Scenario(List<Invoice> invoices, Map<String, CreditLine> creditLines) {
    DecisionInputs inputs() {
      List<Borrower> borrowers = SELLERS.stream().map(s -> TestInvoices.borrower(s, "READY")).toList();
      return DecisionInputs.of(borrowers, creditLines.values()).withToday(TODAY);
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
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

  @Property(tries = 300)
  void perCreditLineTheSumFinancedStaysWithinAvailableMinusReserve(@ForAll("scenarios") Scenario scenario) {
    DecisionBatch batch = POLICY.decideAll(scenario.invoices(), scenario.inputs());

    Map<String, Long> financed = new HashMap<>();
    for (Decision decision : batch.decisions()) {
      if (decision.outcome() == Outcome.FINANCE) {
        financed.merge(decision.borrowerIdentifier().orElseThrow(), decision.amount().orElseThrow().minorUnits(), Long::sum);
        assertThat(decision.amount().orElseThrow().minorUnits())
            .isLessThanOrEqualTo(decision.invoice().toPayAmount().orElseThrow())
            .isLessThanOrEqualTo(20_000_000L);
      }
    }
    financed.forEach((seller, total) -> {
      CreditLine line = scenario.creditLines().get(seller);
      long reserve = Math.floorDiv(line.poolAmount().orElseThrow() * 10, 100);
      assertThat(total).isLessThanOrEqualTo(line.balanceAvailable().orElseThrow() - reserve);
    });
  }

  @Property(tries = 200)
  void theSameInputsGiveTheSameDecisions(@ForAll("scenarios") Scenario scenario) {
    List<String> first = summaries(POLICY.decideAll(scenario.invoices(), scenario.inputs()).decisions());
    List<String> second = summaries(POLICY.decideAll(scenario.invoices(), scenario.inputs()).decisions());

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 200)
  void shufflingTheInputChangesNoDecision(@ForAll("scenarios") Scenario scenario, @ForAll long seed) {
    List<Invoice> shuffled = new ArrayList<>(scenario.invoices());
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(byInvoice(POLICY.decideAll(shuffled, scenario.inputs())))
        .isEqualTo(byInvoice(POLICY.decideAll(scenario.invoices(), scenario.inputs())));
  }

  @Property(tries = 200)
  void aSingleDecisionEqualsTheInvoiceDecidedAloneInABatch(@ForAll("scenarios") Scenario scenario) {
    for (Invoice invoice : scenario.invoices()) {
      Decision alone = POLICY.decide(invoice, scenario.inputs());
      Decision inBatch = POLICY.decideAll(List.of(invoice), scenario.inputs()).decisions().get(0);

      assertThat(alone).isEqualTo(inBatch);
    }
  }

  /**
   * Decisions by invoice identity; duplicates of one identity are decided once and skipped after,
   * so which copy comes first may differ: only the multiset of their summaries must agree.
   */
  private static Map<InvoiceKey, List<String>> byInvoice(DecisionBatch batch) {
    return batch.decisions().stream().collect(Collectors.groupingBy(d -> d.invoice().key(),
        Collectors.mapping(BatchProperties::summary, Collectors.collectingAndThen(Collectors.toList(), list -> {
          List<String> sorted = new ArrayList<>(list);
          Collections.sort(sorted);
          return sorted;
        }))));
  }

  private static List<String> summaries(List<Decision> decisions) {
    return decisions.stream().map(BatchProperties::summary).toList();
  }

  private static String summary(Decision d) {
    return d.invoice() + "|" + d.outcome() + "|" + d.rule() + "|" + d.reason() + "|" + d.amount() + "|" + d.payOn() + "|"
        + d.repayOn() + "|" + d.autoValidate() + "|" + d.saltId() + "|" + d.explanation().render();
  }
}
