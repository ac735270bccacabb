package dev.covenant.samples.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the emulated sandbox takes for each step of a loan, measured on the emulator's clock.
 *
 * @param decision  from {@code POST /loans} to Defacto's decision (TO_VALIDATE, accepted or DECLINED)
 * @param payout    from validation to the payout (INITIATED, then TO_REPAY)
 * @param repayment from the payout to the repayment (CLOSED) in the SUCCESS scenario; the
 *                  SUCCESS_ONE_DAY_LATER scenario repays one day after the payout
 */
public record Timeline(Duration decision, Duration payout, Duration repayment) {
  public Timeline {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(payout, "payout");
    Objects.requireNonNull(repayment, "repayment");
    if (decision.isNegative() || payout.isNegative() || repayment.isNegative()) {
      throw new IllegalArgumentException("a timeline's steps cannot take negative time");
    }
  }

  /** Close to the sandbox: a decision after 1 s, the payout 1 s after validation, the repayment 2 s later. */
  public static Timeline sandbox() {
    return new Timeline(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  /** Every step as soon as the clock is read again: for tests on a clock that stands still. */
  public static Timeline immediate() {
    return new Timeline(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }
}
