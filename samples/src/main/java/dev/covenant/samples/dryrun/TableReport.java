package dev.covenant.samples.dryrun;

import dev.covenant.core.Decision;
import dev.covenant.core.Outcome;
import java.io.PrintWriter;
import java.util.Map;

/** The table for people: one line per invoice as it is decided, then the totals. */
public final class TableReport implements DecisionReport {
  private static final String ROW = "%-20s %-14s %-7s %18s %-4s %-10s %-10s %-24s %s%n";

  private final PrintWriter out;
  private boolean headed;

  public TableReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void decision(Decision decision) {
    if (!headed) {
      out.printf(ROW, "INVOICE", "SELLER", "OUTCOME", "AMOUNT", "CUR", "PAY ON", "REPAY ON", "RULE", "REASON");
      headed = true;
    }
    out.printf(ROW, cut(decision.invoice().invoiceNumber(), 20),
        cut(decision.invoice().seller().identifier().orElse("-"), 14), decision.outcome(),
        decision.amount().map(a -> Amounts.number(a.minorUnits(), a.currency())).orElse("-"), decision.currency(),
        decision.payOn().map(Object::toString).orElse("-"), decision.repayOn().map(Object::toString).orElse("-"),
        cut(decision.rule().orElse("otherwise"), 24), decision.reason());
  }

  @Override
  public void finish(DryRunTotals totals) {
    PolicyIdentity policy = totals.policy();
    out.println();
    out.printf("Policy %s%s (sha256 %s), today %s: %,d invoices%n", policy.name(),
        policy.version().map(v -> " version " + v).orElse(""), policy.sha256().substring(0, 12), totals.today(),
        totals.invoices());
    out.println();
    out.println("By outcome");
    totals.outcomes().forEach((outcome, count) -> out.printf("  %-8s %,10d%s%n", outcome, count,
        outcome == Outcome.FINANCE ? financed(totals.financed()) : ""));
    out.println();
    out.println("By rule");
    for (RuleTotals rule : totals.rules()) {
      StringBuilder counts = new StringBuilder();
      rule.outcomes().forEach((outcome, count) -> {
        if (count > 0) {
          counts.append(String.format("  %s %,d", outcome, count));
        }
      });
      out.printf("  %-28s %,10d%s%s%n", cut(rule.label(), 28), rule.decided(), counts, financed(rule.financed()));
    }
    out.println();
    out.println("Credit lines");
    if (totals.creditLines().isEmpty()) {
      out.println("  none known, none used");
    }
    for (CreditLineUse line : totals.creditLines()) {
      String available = line.available().isPresent()
          ? Amounts.format(line.available().getAsLong(), line.currency()) : "unknown";
      out.printf("  %-14s %-24s available %20s  financed %20s%s  %,d invoices%n", cut(line.borrowerIdentifier(), 14),
          cut(line.borrowerName().orElse(""), 24), available, Amounts.format(line.financed(), line.currency()),
          share(line), line.invoicesFinanced());
    }
    out.flush();
  }

  private static String financed(Map<String, Long> byCurrency) {
    StringBuilder text = new StringBuilder();
    byCurrency.forEach((currency, amount) -> text.append(text.length() == 0 ? "   financed " : ", ")
        .append(Amounts.format(amount, currency)));
    return text.toString();
  }

  private static String share(CreditLineUse line) {
    if (line.available().isEmpty() || line.available().getAsLong() <= 0) {
      return "       ";
    }
    return String.format(" (%3d%%)", line.financed() * 100 / line.available().getAsLong());
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
