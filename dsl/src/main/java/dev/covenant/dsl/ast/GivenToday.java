package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** {@code given today 2026-11-15}: the evaluation date of the test. */
public record GivenToday(Expr date, SourceSpan span) implements TestStatement {}
