package dev.covenant.core;

/** What a policy's {@code finance} rules decided for an invoice. */
public enum Outcome {
  /** Request a loan for the decision's amount. */
  FINANCE,
  /** Do not finance. */
  SKIP,
  /** A person must look before anything happens. */
  REVIEW
}
