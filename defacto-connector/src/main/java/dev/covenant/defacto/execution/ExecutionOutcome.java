package dev.covenant.defacto.execution;

/** What became of one decision when it was executed on Defacto. */
public enum ExecutionOutcome {
  /** The policy decided skip or review: no loan was requested. */
  NOT_REQUESTED,
  /** Requested; Defacto has not decided yet, or a webhook is awaited (PENDING_VALIDATION). */
  PENDING,
  /** Defacto declined the loan; see the entry's denial reason. */
  DECLINED,
  /** Accepted: validated by the policy's validate rules, by Defacto's auto-validation, or earlier. */
  VALIDATED,
  /** Canceled by a validate rule (or found canceled on a re-run). */
  CANCELED,
  /** Defacto proposed conditions that a person must accept or refuse (TO_VALIDATE, held). */
  HELD,
  /** A call failed or Defacto answered something unusable; see the entry's error. */
  FAILED
}
