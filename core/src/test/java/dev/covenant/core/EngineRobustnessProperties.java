package dev.covenant.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.LoanProposal;
import dev.covenant.dsl.PolicySource;
import dev.covenant.dsl.TypedPolicyGenerators;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The language's promise: every policy that checks compiles, and deciding, validating,
 * explaining and running its tests only ever yields results, never an exception, whatever the
 * inputs (missing values, other currencies, odd dates).
 */
class EngineRobustnessProperties {
  @Provide
  Arbitrary<String> policies() {
    return TypedPolicyGenerators.wellTypedPolicies();
  }

  @Property(tries = 300)
  void everyCheckedPolicyDecidesExplainsAndRunsItsTests(@ForAll("policies") String text, @ForAll long seed) {
    LoadResult loaded = PolicyLoader.create().load(PolicySource.of("generated.policy", text));
    assertThat(loaded.hasErrors()).as(loaded.compilation().render()).isFalse();
    CompiledPolicy policy = loaded.policy().orElseThrow();
    Random random = new Random(seed);
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      invoices.add(invoice(random, i));
    }
    DecisionInputs inputs = DecisionInputs.of(List.of(TestInvoices.borrower("S1", "READY")),
        List.of(TestInvoices.creditLine("S1", 10_000_000, random.nextInt(10_000_000)))).withToday(LocalDate.of(2026, 11, 20));

    DecisionBatch batch = policy.decideAll(invoices, inputs);

    assertThat(batch.decisions()).hasSize(invoices.size());
    for (Decision decision : batch.decisions()) {
      assertThat(decision.explanation().render()).isNotEmpty();
      assertThat(decision.amount().isPresent()).isEqualTo(decision.outcome() == Outcome.FINANCE);
    }
    LoanProposal loan = new LoanProposal("loan", random.nextInt(1_000_000), random.nextBoolean() ? "EUR" : "GBP",
        random.nextBoolean() ? OptionalLong.of(random.nextInt(50_000)) : OptionalLong.empty(),
        Optional.of(OffsetDateTime.parse("2026-11-20T10:00:00Z")), Optional.empty(), "TO_VALIDATE", Optional.of("S1"));
    assertThat(policy.validate(loan, inputs).explanation().render()).isNotEmpty();
    assertThat(policy.runTests()).allSatisfy(result -> assertThat(result.name()).isNotEmpty());
  }

  private static Invoice invoice(Random random, int index) {
    String currency = random.nextInt(4) == 0 ? "GBP" : "EUR";
    OptionalLong amount = random.nextInt(10) == 0 ? OptionalLong.empty() : OptionalLong.of(random.nextInt(10_000_000));
    String issued = random.nextInt(10) == 0 ? null : "2026-11-" + (10 + random.nextInt(10)) + "T23:30:00+01:00";
    String due = random.nextInt(10) == 0 ? null : "2026-12-" + (10 + random.nextInt(10)) + "T00:30:00-05:00";
    String seller = random.nextInt(5) == 0 ? null : "S" + random.nextInt(3);
    return TestInvoices.invoice("INV-" + random.nextInt(15), seller, "B" + random.nextInt(3),
        random.nextBoolean() ? "FRA" : null, currency, amount, issued, due);
  }
}
