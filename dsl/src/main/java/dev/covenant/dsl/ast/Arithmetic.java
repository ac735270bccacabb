package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code left + right} or {@code left - right}, left-associative. */
public record Arithmetic(ArithmeticOperator operator, Expr left, Expr right, SourceSpan span) implements Expr {}
