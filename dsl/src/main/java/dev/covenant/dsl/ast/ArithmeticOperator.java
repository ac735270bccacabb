package dev.covenant.dsl.ast;

/** The two arithmetic operators; the language has no multiplication (use {@code N% of x}). */
public enum ArithmeticOperator {
  PLUS("+"),
  MINUS("-");

  private final String symbol;

  ArithmeticOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
