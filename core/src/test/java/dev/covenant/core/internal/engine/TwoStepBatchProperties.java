package dev.covenant.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.BatchScenarios;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Policies;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Deciding first, in input order, the invoices that stateless rules skip or review changes
 * nothing: the batch equals deciding every invoice in allocation order.
 */
class TwoStepBatchProperties {
  /** Stateless finance rules before and after stateful ones, and a financing catch-all. */
  private static final String MIXED = """
      policy "mixed" version 1
      finance {
        rule "not euro" when invoice.currency != EUR then skip
        rule "small whole" when invoice.to_pay_amount <= 5_000 EUR then finance invoice.to_pay_amount
        rule "concentration" when exposure.seller + invoice.to_pay_amount > 80_000 EUR then review
        rule "part" when credit_line.available >= 50% of invoice.to_pay_amount then finance 50% of invoice.to_pay_amount
        rule "late" when invoice.due_at > today + 100 days then skip
        otherwise finance 10% of invoice.to_pay_amount
      }
      allocate by invoice.to_pay_amount descending
      reserve 5_000 EUR
      """;
  private static final List<PolicyProgram> PROGRAMS = List.of(
      PolicyProgram.compile(Policies.compile(BatchScenarios.POLICY).checked()),
      PolicyProgram.compile(Policies.compile(MIXED).checked()));

  @Provide
  Arbitrary<BatchScenarios.Scenario> scenarios() {
    return BatchScenarios.scenarios();
  }

  @Property(tries = 300)
  void twoStepsDecideAsAllInAllocationOrder(@ForAll("scenarios") BatchScenarios.Scenario scenario) {
    // Batches with copies of an invoice are decided in one step anyway.
    Map<InvoiceKey, Invoice> firstCopies = new LinkedHashMap<>();
    scenario.invoices().forEach(invoice -> firstCopies.putIfAbsent(invoice.key(), invoice));
    List<Invoice> invoices = List.copyOf(firstCopies.values());

    for (PolicyProgram program : PROGRAMS) {
      List<Decision> twoSteps = program.decideAll(invoices, scenario.inputs()).decisions();
      List<Decision> oneByOne = program.decideInAllocationOrder(invoices, scenario.inputs()).decisions();

      assertThat(twoSteps).isEqualTo(oneByOne);
    }
  }

  @Property(tries = 200)
  void twoStepsDecideAsAllInAllocationOrderWithRequestedLoans(@ForAll("scenarios") BatchScenarios.Scenario scenario,
      @ForAll long seed) {
    Map<InvoiceKey, Invoice> firstCopies = new LinkedHashMap<>();
    scenario.invoices().forEach(invoice -> firstCopies.putIfAbsent(invoice.key(), invoice));
    List<Invoice> invoices = List.copyOf(firstCopies.values());

    for (PolicyProgram program : PROGRAMS) {
      List<Decision> created = BatchScenarios.someFinanced(program.decideAll(invoices, scenario.inputs()), seed);
      BatchScenarios.Scenario live = scenario.afterLoans(created);
      DecisionInputs inputs = live.inputs().withRequestedLoans(BatchScenarios.requestedLoans(created));

      assertThat(program.decideAll(invoices, inputs).decisions())
          .isEqualTo(program.decideInAllocationOrder(invoices, inputs).decisions());
    }
  }
}
