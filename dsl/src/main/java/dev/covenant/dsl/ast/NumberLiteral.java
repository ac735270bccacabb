package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.math.BigDecimal;

/** An exact decimal such as {@code 3} or {@code 0.5}. */
public record NumberLiteral(BigDecimal value, SourceSpan span) implements Expr {}
