package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code true} or {@code false}. */
public record BooleanLiteral(boolean value, SourceSpan span) implements Expr {}
