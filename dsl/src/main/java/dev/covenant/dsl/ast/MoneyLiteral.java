package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.math.BigDecimal;

/** An amount in major units with its ISO 4217 currency, such as {@code 12_000.50 EUR}. */
public record MoneyLiteral(BigDecimal amount, String currency, SourceSpan span) implements Expr {}
