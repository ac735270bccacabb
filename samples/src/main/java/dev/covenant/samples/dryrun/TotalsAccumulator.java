package dev.covenant.samples.dryrun;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Outcome;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.dsl.ast.FinanceRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/** Adds decisions up as they stream past, into the totals every format shows; memory grows with rules and borrowers only. */
public final class TotalsAccumulator {
  private static final String CATCH_ALL = "otherwise";

  private final PolicyIdentity policy;
  private final LocalDate today;
  private final DecisionInputs inputs;
  private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
  private final Map<String, Long> financed = new TreeMap<>();
  /** By rule name in the policy's order; the catch-all under the empty name, last. */
  private final Map<String, RuleCounts> rules = new LinkedHashMap<>();
  private final Map<String, long[]> financedByBorrower = new TreeMap<>();
  private final Map<String, String> currencyByBorrower = new TreeMap<>();
  private long invoices;

  public TotalsAccumulator(CompiledPolicy policy, LocalDate today, DecisionInputs inputs) {
    this.policy = PolicyIdentity.of(policy);
    this.today = today;
    this.inputs = inputs;
    policy.checked().ast().finance().ifPresent(block -> {
      for (FinanceRule rule : block.rules()) {
        rules.put(rule.name(), new RuleCounts());
      }
    });
    rules.put("", new RuleCounts());
  }

  public void add(Decision decision) {
    invoices++;
    outcomes.merge(decision.outcome(), 1L, Long::sum);
    RuleCounts counts = rules.computeIfAbsent(decision.rule().orElse(""), name -> new RuleCounts());
    counts.outcomes.merge(decision.outcome(), 1L, Long::sum);
    decision.amount().ifPresent(amount -> {
      financed.merge(amount.currency(), amount.minorUnits(), Long::sum);
      counts.financed.merge(amount.currency(), amount.minorUnits(), Long::sum);
      decision.borrowerIdentifier().ifPresent(borrower -> {
        long[] sum = financedByBorrower.computeIfAbsent(borrower, b -> new long[2]);
        sum[0] += amount.minorUnits();
        sum[1]++;
        currencyByBorrower.putIfAbsent(borrower, amount.currency());
      });
    });
  }

  public DryRunTotals totals() {
    List<RuleTotals> ruleTotals = new ArrayList<>();
    rules.forEach((name, counts) -> ruleTotals.add(new RuleTotals(
        name.isEmpty() ? Optional.empty() : Optional.of(name), name.isEmpty() ? CATCH_ALL : name,
        allOutcomes(counts.outcomes), Collections.unmodifiableMap(new TreeMap<>(counts.financed)))));
    return new DryRunTotals(policy, today, invoices, allOutcomes(outcomes), Collections.unmodifiableMap(new TreeMap<>(financed)), List.copyOf(ruleTotals),
        creditLines());
  }

  private List<CreditLineUse> creditLines() {
    TreeSet<String> borrowers = new TreeSet<>(inputs.creditLines().keySet());
    borrowers.addAll(financedByBorrower.keySet());
    List<CreditLineUse> uses = new ArrayList<>();
    for (String identifier : borrowers) {
      Optional<CreditLine> line = Optional.ofNullable(inputs.creditLines().get(identifier));
      long[] sum = financedByBorrower.getOrDefault(identifier, new long[2]);
      Optional<String> name = Optional.ofNullable(inputs.borrowers().get(identifier)).flatMap(Borrower::name);
      String currency = line.map(CreditLine::currency).orElseGet(() -> currencyByBorrower.get(identifier));
      uses.add(new CreditLineUse(identifier, name, currency,
          line.map(CreditLine::balanceAvailable).orElse(OptionalLong.empty()), sum[0], sum[1]));
    }
    return List.copyOf(uses);
  }

  private static Map<Outcome, Long> allOutcomes(Map<Outcome, Long> counted) {
    Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      all.put(outcome, counted.getOrDefault(outcome, 0L));
    }
    return Collections.unmodifiableMap(all);
  }

  private static final class RuleCounts {
    final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    final Map<String, Long> financed = new TreeMap<>();
  }
}
