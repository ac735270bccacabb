package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code let name = value}; {@code nameSpan} locates the name for diagnostics. */
public record LetDeclaration(String name, SourceSpan nameSpan, Expr value, SourceSpan span) implements Declaration {}
