package dev.covenant.dsl.ast;

/** Binary tests that yield a boolean. */
public enum ComparisonOperator {
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">="),
  EQUAL("=="),
  NOT_EQUAL("!="),
  IN("in"),
  NOT_IN("not in"),
  STARTS_WITH("starts with"),
  ENDS_WITH("ends with"),
  CONTAINS("contains");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in a policy. */
  public String symbol() {
    return symbol;
  }

  public boolean isOrdering() {
    return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL;
  }

  public boolean isMembership() {
    return this == IN || this == NOT_IN;
  }

  public boolean isTextTest() {
    return this == STARTS_WITH || this == ENDS_WITH || this == CONTAINS;
  }
}
