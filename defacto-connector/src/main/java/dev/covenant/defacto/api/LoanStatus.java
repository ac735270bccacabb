package dev.covenant.defacto.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a loan is in its life cycle, as {@code LoanAPI.status}.
 *
 * <p>{@code PENDING_VALIDATION} (Defacto deciding) then {@code TO_VALIDATE} (accepted, waiting for
 * consent) or {@code DECLINED}; then {@code VALIDATED → SCHEDULED → INITIATED} (paid out)
 * {@code → TO_REPAY → (TO_REPAY_FEES) → CLOSED}. Side exits: {@code CANCELED}, {@code ISSUE_DETECTED},
 * {@code DELETED}. {@link #UNKNOWN} stands for a status Defacto added after this client was written.
 */
public enum LoanStatus {
  SUBMITTED,
  PENDING_VALIDATION,
  TO_VALIDATE,
  VALIDATED,
  SCHEDULED,
  INITIATED,
  TO_REPAY,
  TO_REPAY_FEES,
  CLOSED,
  DECLINED,
  CANCELED,
  ISSUE_DETECTED,
  DELETED,
  /** A status this version of the client does not know. */
  UNKNOWN;

  private static final Set<LoanStatus> CANCELABLE = EnumSet.of(TO_VALIDATE, VALIDATED, SCHEDULED);
  private static final Set<LoanStatus> FINAL = EnumSet.of(CLOSED, DECLINED, CANCELED, DELETED);

  /** Reads Defacto's value; anything unknown is {@link #UNKNOWN} rather than an error. */
  @JsonCreator
  public static LoanStatus fromWire(String value) {
    return Enums.fromWire(LoanStatus.class, value, UNKNOWN);
  }

  /** Whether {@code POST /loan/{id}/cancel} applies: TO_VALIDATE, VALIDATED or SCHEDULED. */
  public boolean isCancelable() {
    return CANCELABLE.contains(this);
  }

  /** Whether the loan can change no more: CLOSED, DECLINED, CANCELED or DELETED. */
  public boolean isFinal() {
    return FINAL.contains(this);
  }
}
