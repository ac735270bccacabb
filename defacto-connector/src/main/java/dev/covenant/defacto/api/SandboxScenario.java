package dev.covenant.defacto.api;

/**
 * What the sandbox does with a loan whose invoice or IBAN was generated for this scenario.
 */
public enum SandboxScenario {
  /** Paid at once after validation, then repaid. */
  SUCCESS,
  /** As {@link #SUCCESS}, repaid a day later. */
  SUCCESS_ONE_DAY_LATER,
  /** Accepted, then the payment fails. */
  FAIL,
  /** Declined. */
  REJECT,
  /** Canceled. */
  CANCEL
}
