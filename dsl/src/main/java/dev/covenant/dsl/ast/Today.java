package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;

/** The evaluation date, from the engine's clock in the policy's timezone. */
public record Today(SourceSpan span) implements Expr {}
