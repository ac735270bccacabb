package dev.covenant.samples;

import java.time.LocalDate;

/**
 * Where the sample data lives and the day it was written for (see {@code samples/data/README.md}).
 * Paths are relative to {@code samples/policies} and {@code samples/data}, which the jar also
 * bundles under {@code bundled/policies} and {@code bundled/data}.
 */
final class SampleData {
  /**
   * The date the sample invoices are dated around: with another {@code today}, invoices become
   * overdue or too long-term and some rules would decide nothing.
   */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

  /** The policy {@code dry-run} decides with when given no arguments. */
  static final String DEFAULT_POLICY = "marketplace-receivables.policy";

  /** The invoices {@code dry-run} decides when given no arguments. */
  static final String DEFAULT_INVOICES = "marketplace-receivables/invoices/receivables.json";

  /** The borrowers ({@code GET /borrowers}) of every sample policy. */
  static final String BORROWERS = "borrowers.json";

  /** The credit lines ({@code GET /credit_lines}) of every sample policy. */
  static final String CREDIT_LINES = "credit-lines.json";

  private SampleData() {}
}
