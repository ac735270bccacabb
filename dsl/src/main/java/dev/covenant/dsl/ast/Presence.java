package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code operand is present} ({@code present} true) or {@code operand is missing}. */
public record Presence(Expr operand, boolean present, SourceSpan span) implements Expr {}
