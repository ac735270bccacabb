package dev.covenant.samples.dryrun;

import dev.covenant.core.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The totals of a dry run, for every format.
 *
 * @param policy      the policy that decided
 * @param today       the date the policy saw as {@code today}
 * @param invoices    how many invoices were decided
 * @param outcomes    invoices per outcome (every outcome present)
 * @param financed    amount financed, in minor units per currency (sorted by currency)
 * @param rules       per rule, in the policy's order, then the catch-all; rules that decided nothing included
 * @param creditLines per borrower with a financed invoice or a known credit line, by borrower identifier
 */
public record DryRunTotals(
    PolicyIdentity policy,
    LocalDate today,
    long invoices,
    Map<Outcome, Long> outcomes,
    Map<String, Long> financed,
    List<RuleTotals> rules,
    List<CreditLineUse> creditLines) {}
