package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code left op right}; false when either operand is missing. */
public record Comparison(ComparisonOperator operator, Expr left, Expr right, SourceSpan span) implements Expr {}
