package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.math.BigDecimal;

/** A percentage such as {@code 1.5%}; {@code value} is 1.5, not 0.015. */
public record PercentLiteral(BigDecimal value, SourceSpan span) implements Expr {}
