package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code rule "name" when condition then action} inside {@code finance}. */
public record FinanceRule(String name, SourceSpan nameSpan, Expr condition, FinanceAction action, SourceSpan span)
    implements Node {}
