package dev.covenant.samples;

import dev.covenant.core.Decision;
import dev.covenant.samples.dryrun.Amounts;
import java.io.PrintWriter;
import java.time.LocalDate;

/** A decision in words for a person: the outcome and its terms, then the rule trace. */
final class DecisionText {
  private DecisionText() {}

  static void print(Decision decision, LocalDate today, PrintWriter out) {
    field(out, "outcome", decision.outcome().name().toLowerCase(java.util.Locale.ROOT));
    field(out, "rule", decision.rule().map(r -> "\"" + r + "\"").orElse("(otherwise)"));
    field(out, "reason", decision.reason());
    decision.amount().ifPresent(amount -> field(out, "amount", Amounts.format(amount.minorUnits(), amount.currency())));
    decision.payOn().ifPresent(date -> field(out, "pay on", date.toString()));
    decision.repayOn().ifPresent(date -> field(out, "repay on", date.toString()));
    field(out, "auto_validate", String.valueOf(decision.autoValidate()));
    field(out, "borrower", decision.borrowerIdentifier().orElse("(the invoice does not name it)"));
    field(out, "salt_id", decision.saltId());
    field(out, "today", today.toString());
    out.println();
    out.println("why:");
    out.print(decision.explanation().render());
  }

  private static void field(PrintWriter out, String name, String value) {
    out.printf("%-14s %s%n", name + ":", value);
  }
}
