package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.time.LocalDate;

/** A calendar date such as {@code 2026-11-21}. */
public record DateLiteral(LocalDate value, SourceSpan span) implements Expr {}
