package dev.covenant.benchmarks;

/** Benchmark policies written in code, so the benchmark needs no files. */
final class Policies {
  private Policies() {}

  /** The ten-rule example of the language guide. */
  static String example() {
    return """
        policy "marketplace-receivables" version 3
        borrower is invoice.seller
        timezone "Europe/Paris"

        let minimum_ticket = 500 EUR
        let maximum_ticket = 50_000 EUR
        let blocked_buyers = ["758046742", "992460386"]
        let core_markets   = [FRA, DEU, ESP]

        finance {
          rule "not euro"           when invoice.currency != EUR                      then skip
          rule "too small"          when invoice.to_pay_amount < minimum_ticket       then skip
          rule "overdue"            when invoice.due_at < today                       then skip
          rule "long term"          when invoice.due_at - invoice.issued_at > 90 days then skip
          rule "blocked buyer"      when invoice.buyer.identifier in blocked_buyers   then skip
          rule "borrower not ready" when borrower.status != READY                     then review
          rule "core market"
            when invoice.buyer.address.country in core_markets
             and invoice.to_pay_amount <= maximum_ticket
            then finance 100% of invoice.to_pay_amount
                 repay on invoice.due_at + 3 days
                 auto_validate
          rule "partial advance"
            when credit_line.available >= 80% of invoice.to_pay_amount
            then finance 80% of invoice.to_pay_amount
                 auto_validate when invoice.to_pay_amount <= 10_000 EUR
          otherwise skip "no rule matched"
        }

        validate {
          rule "cheap enough"  when loan.fees_estimated <= 1.5% of loan.amount then validate
          rule "too expensive" when loan.fees_estimated > 3% of loan.amount    then cancel
          otherwise hold
        }

        allocate by invoice.due_at ascending
        reserve 10% of credit_line.pool_amount
        """;
  }

  /** A policy of {@code count} distinct rules over amounts, countries, buyers and dates. */
  static String withRules(int count) {
    StringBuilder policy = new StringBuilder("policy \"generated\" version 1\nfinance {\n");
    String[] countries = {"FRA", "DEU", "ESP", "ITA", "BEL", "NLD"};
    for (int i = 0; i < count; i++) {
      String country = countries[i % countries.length];
      policy.append("  rule \"r").append(i).append("\"\n")
          .append("    when invoice.to_pay_amount > ").append(1_000 + i).append(" EUR\n")
          .append("     and invoice.buyer.address.country in [").append(country).append(", FRA]\n")
          .append("     and invoice.buyer.identifier != \"").append(100_000 + i).append("\"\n")
          .append("     and invoice.due_at - invoice.issued_at <= ").append(30 + i % 60).append(" days\n")
          .append("    then finance ").append(50 + i % 50).append("% of invoice.to_pay_amount\n")
          .append("         auto_validate when invoice.to_pay_amount < 10_000 EUR\n");
    }
    return policy.append("  otherwise skip\n}\n").toString();
  }
}
