package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** Unary minus: {@code -operand}. */
public record Negate(Expr operand, SourceSpan span) implements Expr {}
