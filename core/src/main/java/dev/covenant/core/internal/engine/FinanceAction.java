package dev.covenant.core.internal.engine;

import dev.covenant.core.Outcome;

/**
 * A compiled finance action. For {@link Outcome#FINANCE}: the amount, the optional pay and repay
 * dates (null: today and the due date), and the auto-validate condition (null: no auto-validation).
 */
record FinanceAction(
    Outcome outcome, String reason, LongNode amount, LongNode payOn, LongNode repayOn, BoolNode autoValidate) {

  static FinanceAction notFinancing(Outcome outcome, String reason) {
    return new FinanceAction(outcome, reason, null, null, null, null);
  }
}
