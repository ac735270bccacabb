package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.math.BigDecimal;

/** A number of days such as {@code 90 days}; the checker requires a whole number. */
public record DurationLiteral(BigDecimal days, SourceSpan span) implements Expr {}
