package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code rule "name" when condition then validate|cancel|hold} inside {@code validate}. */
public record ValidateRule(String name, SourceSpan nameSpan, Expr condition, ValidateAction action, SourceSpan span)
    implements Node {}
