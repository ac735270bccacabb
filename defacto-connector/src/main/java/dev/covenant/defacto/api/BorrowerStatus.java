package dev.covenant.defacto.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A borrower's status, as {@code APIBorrower.status}. A borrower can borrow when {@link #READY}.
 * {@link #UNKNOWN} stands for a status Defacto added after this client was written.
 */
public enum BorrowerStatus {
  TO_SIGN,
  SIGNED,
  SDD_SETUP,
  ALL_PAYMENT_SETUP,
  READY,
  BLOCKED,
  DEACTIVATED,
  PROHIBITED,
  /** A status this version of the client does not know. */
  UNKNOWN;

  @JsonCreator
  public static BorrowerStatus fromWire(String value) {
    return Enums.fromWire(BorrowerStatus.class, value, UNKNOWN);
  }
}
