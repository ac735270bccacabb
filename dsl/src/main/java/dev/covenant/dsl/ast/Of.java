package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code percent of base}, e.g. {@code 80% of invoice.to_pay_amount}. */
public record Of(Expr percent, Expr base, SourceSpan span) implements Expr {}
