package dev.covenant.dsl.ast;

/** The outcome a test expects: finance outcomes, or validate outcomes for a loan proposal. */
public enum ExpectedOutcome {
  FINANCE,
  SKIP,
  REVIEW,
  VALIDATE,
  CANCEL,
  HOLD;

  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** True for the outcomes of {@code validate} rules. */
  public boolean isValidateOutcome() {
    return this == VALIDATE || this == CANCEL || this == HOLD;
  }
}
