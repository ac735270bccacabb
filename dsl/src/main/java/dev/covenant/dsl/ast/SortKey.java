package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** One key of {@code allocate by}. */
public record SortKey(Expr key, SortDirection direction, SourceSpan span) implements Node {}
