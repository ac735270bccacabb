package dev.covenant.defacto.execution;

/** What {@link LoanWebhookHandler} did with a notification. */
public enum WebhookAction {
  /** A notification with this id was handled already (or is being handled): nothing done. */
  IGNORED_DUPLICATE,
  /** An event type the handler does not act on. */
  IGNORED_EVENT_TYPE,
  /** The loan, re-read and found TO_VALIDATE, was validated by a validate rule. */
  VALIDATED,
  /** The loan, re-read and found TO_VALIDATE, was canceled by a validate rule. */
  CANCELED,
  /** The loan, re-read and found TO_VALIDATE, is held for a person. */
  HELD,
  /**
   * Noted without any call that changes a loan: a decline, a failed payment, or a
   * {@code Loan.TO_VALIDATE} whose loan is no longer (or never was) TO_VALIDATE.
   */
  RECORDED,
  /** Re-reading or changing the loan failed; the host should answer non-2xx so Defacto delivers again. */
  FAILED
}
