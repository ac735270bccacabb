package dev.covenant.dsl.ast;

import dev.covenant.dsl.SourceSpan;
import java.util.Optional;

/**
 * {@code finance amount [pay on date] [repay on date] [auto_validate [when condition]]}. Without
 * {@code pay on} the loan is paid today; without {@code repay on} it is repaid at the invoice's due date.
 */
public record Finance(
    Expr amount, Optional<Expr> payOn, Optional<Expr> repayOn, Optional<AutoValidate> autoValidate, SourceSpan span)
    implements FinanceAction {}
