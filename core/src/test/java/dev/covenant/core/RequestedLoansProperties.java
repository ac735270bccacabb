package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A run killed after creating some of its loans, then run again on the balances those loans left,
 * with the loans passed as requested: it decides every invoice as the first run did, and draws
 * no credit the live balances do not have.
 */
class RequestedLoansProperties {
  private static final CompiledPolicy POLICY = Policies.compile(BatchScenarios.POLICY);

  @Provide
  Arbitrary<BatchScenarios.Scenario> scenarios() {
    return BatchScenarios.scenarios();
  }

  @Property(tries = 300)
  void aRerunWithTheCreatedLoansDecidesAsTheFirstRun(@ForAll("scenarios") BatchScenarios.Scenario scenario,
      @ForAll long seed) {
    DecisionBatch first = POLICY.decideAll(scenario.invoices(), scenario.inputs());
    List<Decision> created = BatchScenarios.someFinanced(first, seed);
    BatchScenarios.Scenario live = scenario.afterLoans(created);

    DecisionBatch rerun = POLICY.decideAll(live.invoices(),
        live.inputs().withRequestedLoans(BatchScenarios.requestedLoans(created)));

    assertThat(summaries(rerun)).isEqualTo(summaries(first));
  }

  @Property(tries = 300)
  void aRerunDrawsNoMoreThanTheLiveBalancesHold(@ForAll("scenarios") BatchScenarios.Scenario scenario,
      @ForAll long seed) {
    DecisionBatch first = POLICY.decideAll(scenario.invoices(), scenario.inputs());
    List<Decision> created = BatchScenarios.someFinanced(first, seed);
    BatchScenarios.Scenario live = scenario.afterLoans(created);
    Map<String, Money> requested = BatchScenarios.requestedLoans(created);

    DecisionBatch rerun = POLICY.decideAll(live.invoices(), live.inputs().withRequestedLoans(requested));

    // New credit per line: what each financing asks beyond its invoice's existing loan.
    Map<String, Long> drawn = new HashMap<>();
    for (Decision decision : rerun.decisions()) {
      if (decision.outcome() == Outcome.FINANCE) {
        long existing = requested.getOrDefault(decision.saltId(), new Money(0, "EUR")).minorUnits();
        drawn.merge(decision.borrowerIdentifier().orElseThrow(),
            Math.max(0, decision.amount().orElseThrow().minorUnits() - existing), Long::sum);
      }
    }
    drawn.forEach((borrower, total) -> {
      CreditLine line = live.creditLines().get(borrower);
      long reserve = Math.floorDiv(line.poolAmount().orElseThrow() * 10, 100);
      assertThat(total).isLessThanOrEqualTo(Math.max(0, line.balanceAvailable().orElseThrow() - reserve));
    });
  }

  @Property(tries = 100)
  void filesDecideAsTheSameInvoicesInMemoryWithRequestedLoans(@ForAll("scenarios") BatchScenarios.Scenario scenario,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int fileCount) throws IOException {
    DecisionBatch first = POLICY.decideAll(scenario.invoices(), scenario.inputs());
    List<Decision> created = BatchScenarios.someFinanced(first, seed);
    BatchScenarios.Scenario live = scenario.afterLoans(created);
    DecisionInputs inputs = live.inputs().withRequestedLoans(BatchScenarios.requestedLoans(created));
    Path dir = Files.createTempDirectory("requested-loans");
    try {
      List<Path> files = InvoiceFilesWriter.write(live.invoices(), dir, fileCount);
      List<Invoice> read = new ArrayList<>();
      for (Path file : files) {
        read.addAll(dev.covenant.core.json.DefactoJson.readInvoices(file));
      }
      List<Decision> streamed = new ArrayList<>();

      POLICY.decideFiles(files, inputs, streamed::add);

      assertThat(streamed).isEqualTo(POLICY.decideAll(read, inputs).decisions());
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Property(tries = 100)
  void aSingleDecisionEqualsTheInvoiceAloneInABatchWithRequestedLoans(
      @ForAll("scenarios") BatchScenarios.Scenario scenario, @ForAll long seed) {
    List<Decision> created = BatchScenarios.someFinanced(POLICY.decideAll(scenario.invoices(), scenario.inputs()), seed);
    BatchScenarios.Scenario live = scenario.afterLoans(created);
    DecisionInputs inputs = live.inputs().withRequestedLoans(BatchScenarios.requestedLoans(created));

    for (Invoice invoice : live.invoices()) {
      assertThat(POLICY.decide(invoice, inputs)).isEqualTo(POLICY.decideAll(List.of(invoice), inputs).decisions().get(0));
    }
  }

  /** Outcome, amount and rule: the reason may differ, since it can quote the availability seen. */
  private static List<String> summaries(DecisionBatch batch) {
    return batch.decisions().stream().map(d -> d.invoice().key() + "|" + d.outcome() + "|" + d.amount() + "|" + d.rule())
        .toList();
  }
}
