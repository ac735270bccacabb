package dev.covenant.benchmarks;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.LoadResult;
import dev.covenant.core.Outcome;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Money;
import dev.covenant.dsl.PolicySource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Checks that the benchmark compares like with like: Covenant's engine and {@link HandWrittenPolicy}
 * must decide the first invoices of the benchmark's data alike (outcome and deciding rule; for a
 * finance, amount, auto_validate and repay date). Run before trusting {@link DecideBenchmark}, whose
 * Covenant benchmarks also run it in their set-up:
 *
 * <pre>
 * java -cp benchmarks/target/covenant-benchmarks.jar dev.covenant.benchmarks.AgreementCheck [invoices, default 1000]
 * </pre>
 *
 * <p>It first checks, without the engine, the hand-written date conversion against java.time and
 * prints what the hand-written policy decides over the benchmark's 100,000 invoices.
 */
public final class AgreementCheck {
  /** How many of the first invoices the benchmark's set-up compares. */
  static final int CHECKED = 1_000;
  private static final int SHOWN = 10;

  private AgreementCheck() {}

  public static void main(String[] args) {
    int checked = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : CHECKED;
    SyntheticInvoices data = SyntheticInvoices.generate(Math.max(checked, DecideBenchmark.INVOICES));
    checkDates(data);
    printMix(data);

    CompiledPolicy policy = examplePolicy();
    try {
      verify(policy, data, checked);
    } catch (UnsupportedOperationException notYet) {
      System.err.println("Covenant's engine does not decide yet (" + notYet.getMessage() + "): nothing compared.");
      System.exit(2);
    }
    System.out.printf("Covenant and the hand-written policy agree on the first %,d invoices.%n", checked);
  }

  /** The example policy, loaded by Covenant. */
  static CompiledPolicy examplePolicy() {
    LoadResult result = PolicyLoader.create().load(PolicySource.of("example.policy", Policies.example()));
    if (result.hasErrors()) {
      throw new IllegalStateException("benchmark policy has errors:\n" + result.compilation().render());
    }
    return result.policy().orElseThrow();
  }

  /**
   * Decides the first {@code count} invoices of {@code data} one by one with both policies.
   *
   * @throws IllegalStateException listing the first differences, with Covenant's explanations
   */
  static void verify(CompiledPolicy policy, SyntheticInvoices data, int count) {
    DecisionInputs inputs = data.inputs();
    HandWrittenPolicy handWritten = new HandWrittenPolicy(inputs);
    List<String> shown = new ArrayList<>();
    int differing = 0;
    for (int i = 0; i < count; i++) {
      Invoice invoice = data.invoices().get(i);
      Decision decision = policy.decide(invoice, inputs);
      long expected = handWritten.decide(invoice);
      if (!agree(decision, expected, handWritten)) {
        differing++;
        if (shown.size() < SHOWN) {
          shown.add(invoice.invoiceNumber() + ": Covenant " + describe(decision) + "; hand-written "
              + describe(expected, handWritten) + "\n" + decision.explanation().render());
        }
      }
    }
    if (differing > 0) {
      throw new IllegalStateException(String.format(
          "Covenant and the hand-written policy differ on %,d of the first %,d invoices; the first %d:%n%s",
          differing, count, shown.size(), String.join("\n", shown)));
    }
  }

  private static boolean agree(Decision decision, long expected, HandWrittenPolicy handWritten) {
    if (decision.outcome() != HandWrittenPolicy.outcome(expected)) {
      return false;
    }
    // Which rule an engine names when an invariant overrides it is not specified; elsewhere it is,
    // and it catches date errors that still skip (overdue instead of long term).
    if (!HandWrittenPolicy.overriddenByInvariant(expected)
        && !decision.rule().equals(HandWrittenPolicy.ruleName(expected))) {
      return false;
    }
    if (decision.outcome() != Outcome.FINANCE) {
      return true;
    }
    return decision.amount().equals(Optional.of(new Money(HandWrittenPolicy.amount(expected), "EUR")))
        && decision.autoValidate() == HandWrittenPolicy.autoValidate(expected)
        && decision.repayOn().equals(handWritten.repayOn(expected));
  }

  private static String describe(Decision decision) {
    return decision.outcome()
        + decision.amount().map(amount -> " " + amount).orElse("")
        + decision.rule().map(rule -> " by \"" + rule + "\"").orElse(" by otherwise")
        + (decision.autoValidate() ? " auto_validate" : "")
        + decision.repayOn().map(date -> " repay on " + date).orElse("")
        + " (" + decision.reason() + ")";
  }

  private static String describe(long result, HandWrittenPolicy handWritten) {
    Outcome outcome = HandWrittenPolicy.outcome(result);
    return outcome
        + (outcome == Outcome.FINANCE ? " " + new Money(HandWrittenPolicy.amount(result), "EUR") : "")
        + HandWrittenPolicy.ruleName(result).map(rule -> " by \"" + rule + "\"").orElse(" by otherwise")
        + (HandWrittenPolicy.autoValidate(result) ? " auto_validate" : "")
        + handWritten.repayOn(result).map(date -> " repay on " + date).orElse("")
        + (HandWrittenPolicy.overriddenByInvariant(result) ? " (overridden by an engine invariant)" : "");
  }

  /**
   * The hand-written conversion against java.time: every date-time of the data, every quarter hour
   * around the 2026 clock changes, and random instants from 1900 to 2200 (beyond its table).
   */
  private static void checkDates(SyntheticInvoices data) {
    ZonedEpochDays dates = new ZonedEpochDays(HandWrittenPolicy.ZONE);
    List<OffsetDateTime> samples = new ArrayList<>();
    for (Invoice invoice : data.invoices()) {
      invoice.issuedAt().ifPresent(samples::add);
      invoice.dueAt().ifPresent(samples::add);
    }
    for (LocalDateTime start : List.of(LocalDateTime.of(2026, 3, 28, 0, 0), LocalDateTime.of(2026, 10, 24, 0, 0))) {
      for (int quarter = 0; quarter < 4 * 24 * 3; quarter++) {
        samples.add(OffsetDateTime.of(start.plusMinutes(15L * quarter), ZoneOffset.UTC));
      }
    }
    SplittableRandom random = new SplittableRandom(1);
    long from = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    long until = OffsetDateTime.of(2200, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(from, until));
      samples.add(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(random.nextInt(-12, 15))));
    }
    for (OffsetDateTime sample : samples) {
      long expected = sample.atZoneSameInstant(HandWrittenPolicy.ZONE).toLocalDate().toEpochDay();
      if (dates.epochDay(sample) != expected) {
        throw new IllegalStateException("date of " + sample + " in " + HandWrittenPolicy.ZONE + ": expected "
            + expected + ", hand-written " + dates.epochDay(sample));
      }
    }
    System.out.printf("Hand-written dates agree with java.time on %,d date-times.%n", samples.size());
  }

  /** What the hand-written policy decides over the data: is the mix realistic, does every rule decide? */
  private static void printMix(SyntheticInvoices data) {
    HandWrittenPolicy handWritten = new HandWrittenPolicy(data.inputs());
    int[] byRule = new int[HandWrittenPolicy.OTHERWISE + 1];
    int overridden = 0;
    int financed = 0;
    long financedCents = 0;
    for (Invoice invoice : data.invoices()) {
      long result = handWritten.decide(invoice);
      byRule[HandWrittenPolicy.rule(result)]++;
      if (HandWrittenPolicy.overriddenByInvariant(result)) {
        overridden++;
      } else if (HandWrittenPolicy.outcome(result) == Outcome.FINANCE) {
        financed++;
        financedCents += HandWrittenPolicy.amount(result);
      }
    }
    int total = data.invoices().size();
    System.out.printf("Hand-written decisions over %,d invoices, one by one:%n", total);
    for (int rule = 0; rule < byRule.length; rule++) {
      String name = rule == HandWrittenPolicy.OTHERWISE ? "otherwise" : "\"" + HandWrittenPolicy.RULES.get(rule) + "\"";
      System.out.printf("  %-22s %,7d  %5.1f%%%n", name, byRule[rule], 100.0 * byRule[rule] / total);
    }
    System.out.printf("  financed %,d (%.1f%%) for %s; %,d finance decisions overridden by an engine invariant%n",
        financed, 100.0 * financed / total, new Money(financedCents, "EUR"), overridden);
  }
}
