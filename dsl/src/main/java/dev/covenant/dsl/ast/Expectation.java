package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.Optional;

/**
 * {@code expect finance 12_000 EUR by "core market" auto_validate}: the outcome, and optionally
 * the amount, the deciding rule and whether the loan is auto-validated.
 */
public record Expectation(
    ExpectedOutcome outcome,
    Optional<Expr> amount,
    Optional<String> rule,
    SourceSpan ruleSpan,
    Optional<Boolean> autoValidate,
    SourceSpan span)
    implements TestStatement {}
