package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code not operand}. */
public record Not(Expr operand, SourceSpan span) implements Expr {}
