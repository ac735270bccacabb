package dev.covenant.core;

import dev.covenant.core.model.LoanProposal;
import dev.covenant.dsl.ast.ValidateOutcome;
import java.util.Optional;

/**
 * What a policy's {@code validate} rules decided for a loan Defacto proposed.
 *
 * @param rule the deciding rule; empty when {@code otherwise} or the implicit default (hold) decided
 */
public record ValidationDecision(
    LoanProposal loan, ValidateOutcome outcome, Optional<String> rule, String reason, Explanation explanation) {}
