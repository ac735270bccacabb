package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code reserve amount}: money of each credit line never planned in a batch. */
public record ReserveDeclaration(Expr amount, SourceSpan span) implements Declaration {}
