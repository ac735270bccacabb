package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of batch decisions over generated invoices and credit lines. */
class BatchProperties {
  private static final CompiledPolicy POLICY = Policies.compile(BatchScenarios.POLICY);

  @Provide
  Arbitrary<BatchScenarios.Scenario> scenarios() {
    return BatchScenarios.scenarios();
  }

  @Property(tries = 300)
  void perCreditLineTheSumFinancedStaysWithinAvailableMinusReserve(@ForAll("scenarios") BatchScenarios.Scenario scenario) {
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
  void theSameInputsGiveTheSameDecisions(@ForAll("scenarios") BatchScenarios.Scenario scenario) {
    List<String> first = summaries(POLICY.decideAll(scenario.invoices(), scenario.inputs()).decisions());
    List<String> second = summaries(POLICY.decideAll(scenario.invoices(), scenario.inputs()).decisions());

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 200)
  void shufflingTheInputChangesNoDecision(@ForAll("scenarios") BatchScenarios.Scenario scenario, @ForAll long seed) {
    List<Invoice> shuffled = new ArrayList<>(scenario.invoices());
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(byInvoice(POLICY.decideAll(shuffled, scenario.inputs())))
        .isEqualTo(byInvoice(POLICY.decideAll(scenario.invoices(), scenario.inputs())));
  }

  @Property(tries = 200)
  void aSingleDecisionEqualsTheInvoiceDecidedAloneInABatch(@ForAll("scenarios") BatchScenarios.Scenario scenario) {
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
