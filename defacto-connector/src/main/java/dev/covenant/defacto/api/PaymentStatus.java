package dev.covenant.defacto.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A payment's status, as {@code PaymentApi.status}. {@link #UNKNOWN} stands for a status Defacto
 * added after this client was written.
 */
public enum PaymentStatus {
  PROPOSED,
  SCHEDULED,
  INSTRUCTED,
  IN_TRANSIT,
  PAID,
  FAILED,
  CANCELED,
  /** A status this version of the client does not know. */
  UNKNOWN;

  @JsonCreator
  public static PaymentStatus fromWire(String value) {
    return Enums.fromWire(PaymentStatus.class, value, UNKNOWN);
  }
}
