package dev.covenant.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.BatchScenarios;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.model.Invoice;
import dev.covenant.dsl.CheckedPolicy;
import dev.covenant.dsl.PolicySource;
import dev.covenant.dsl.TypedPolicyGenerators;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generated rule chains decide exactly as the loop over rules they replace. */
class GeneratedRuleChainProperties {
  @Provide
  Arbitrary<String> policies() {
    return TypedPolicyGenerators.wellTypedPolicies();
  }

  @Provide
  Arbitrary<BatchScenarios.Scenario> scenarios() {
    return BatchScenarios.scenarios();
  }

  @Property(tries = 200)
  void generatedChainsDecideAsTheLoop(@ForAll("policies") String text, @ForAll("scenarios") BatchScenarios.Scenario scenario) {
    LoadResult loaded = PolicyLoader.create().load(PolicySource.of("generated.policy", text));
    CheckedPolicy checked = loaded.policy().orElseThrow().checked();
    PolicyProgram generated = compile(checked, true);
    PolicyProgram looping = compile(checked, false);
    DecisionInputs inputs = scenario.inputs();

    assertThat(generated.decideAll(scenario.invoices(), inputs)).isEqualTo(looping.decideAll(scenario.invoices(), inputs));
    for (Invoice invoice : scenario.invoices()) {
      assertThat(generated.decide(invoice, inputs)).isEqualTo(looping.decide(invoice, inputs));
    }
  }

  @Property(tries = 30)
  void longChainsSpanningSeveralMethodsDecideAsTheLoop(@ForAll("scenarios") BatchScenarios.Scenario scenario) {
    for (int rules : new int[] {200, RuleChains.MAXIMUM_CONDITIONS + 1}) {
      // Each rule takes a band of amounts, so invoices are decided by rules in every chunk.
      StringBuilder text = new StringBuilder("policy \"long\"\nfinance {\n");
      for (int i = 1; i <= rules; i++) {
        text.append("  rule \"r").append(i).append("\" when invoice.to_pay_amount <= ").append(i * 300_000L / rules)
            .append(" EUR then review\n");
      }
      text.append("  otherwise skip\n}\n");
      CheckedPolicy checked = PolicyLoader.create().load(PolicySource.of("long.policy", text.toString()))
          .policy().orElseThrow().checked();

      assertThat(compile(checked, true).decideAll(scenario.invoices(), scenario.inputs()))
          .isEqualTo(compile(checked, false).decideAll(scenario.invoices(), scenario.inputs()));
    }
  }

  @Property(tries = 5)
  void aBlockSwitchesToItsGeneratedChainAfterDecidingEnough(@ForAll("scenarios") BatchScenarios.Scenario scenario) {
    CheckedPolicy checked = PolicyLoader.create().load(PolicySource.of("p.policy", BatchScenarios.POLICY))
        .policy().orElseThrow().checked();
    PolicyProgram switching = PolicyProgram.compile(checked, 3);
    PolicyProgram looping = compile(checked, false);
    assertThat(switching.financeChainGenerated()).isFalse();

    for (int round = 0; round < 3; round++) {
      for (Invoice invoice : scenario.invoices()) {
        assertThat(switching.decide(invoice, scenario.inputs())).isEqualTo(looping.decide(invoice, scenario.inputs()));
      }
    }
    assertThat(switching.financeChainGenerated()).isEqualTo(scenario.invoices().size() * 3 >= 3);
    assertThat(looping.financeChainGenerated()).isFalse();
  }

  private static PolicyProgram compile(CheckedPolicy checked, boolean generate) {
    return PolicyProgram.compile(checked, generate ? 0 : -1);
  }
}
