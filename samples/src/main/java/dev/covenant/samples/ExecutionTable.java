package dev.covenant.samples;

import dev.covenant.core.model.Money;
import dev.covenant.defacto.execution.ExecutionError;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.LoanExecution;
import dev.covenant.samples.dryrun.Amounts;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** The execution report for people: one line per invoice, then counts and amounts per outcome. */
final class ExecutionTable {
  private static final String ROW = "%-16s %-12s %-8s %16s  %-13s %-12s %-36s %s%n";

  private final PrintWriter out;

  ExecutionTable(PrintWriter out) {
    this.out = out;
  }

  void print(ExecutionReport report) {
    out.printf(ROW, "INVOICE", "SELLER", "DECISION", "AMOUNT", "OUTCOME", "LOAN STATUS", "LOAN", "DETAIL");
    for (LoanExecution entry : report.entries()) {
      out.printf(ROW, entry.invoiceNumber(), entry.sellerIdentifier().orElse("-"), entry.decision().name(),
          entry.amount().map(ExecutionTable::amount).orElse("-"), entry.outcome().name(),
          entry.loanStatus().orElse("-"), entry.loanId().orElse("-"), detail(entry));
    }
    out.println();
    Map<ExecutionOutcome, Integer> counts = report.counts();
    for (ExecutionOutcome outcome : ExecutionOutcome.values()) {
      int count = counts.get(outcome);
      if (count == 0) {
        continue;
      }
      Map<String, Long> totals = report.totals().getOrDefault(outcome, Map.of());
      String money = totals.isEmpty() ? ""
          : "  " + totals.entrySet().stream().map(e -> Amounts.format(e.getValue(), e.getKey()))
              .collect(Collectors.joining(", "));
      out.printf("%-14s %5d%s%n", outcome.name(), count, money);
    }
    out.printf("%-14s %5d%n", "invoices", report.entries().size());
  }

  /** Why the entry ended as it did: the error, Defacto's denial, or the policy's rule and reason. */
  private static String detail(LoanExecution entry) {
    if (entry.error().isPresent()) {
      ExecutionError error = entry.error().get();
      boolean unanswered = error.httpStatus().isEmpty() || error.httpStatus().getAsInt() >= 500;
      // A loan request that got no answer may still have created the loan: say where to find it.
      return error + (error.operation().equals("POST /loans") && unanswered
          ? " (the loan may exist: a re-run finds it by its salt_id, never a second one)" : "");
    }
    if (entry.denialReason().isPresent()) {
      return "declined by Defacto: " + entry.denialReason().get();
    }
    return entry.rule().map(rule -> "rule \"" + rule + "\": ").orElse("") + entry.reason();
  }

  private static String amount(Money money) {
    return Amounts.format(money.minorUnits(), money.currency());
  }
}
