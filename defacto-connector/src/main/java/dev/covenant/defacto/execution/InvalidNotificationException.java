package dev.covenant.defacto.execution;

/**
 * A webhook body that is not a Defacto notification: too large, not JSON, without {@code id} or
 * {@code event_type}, or without what its event type needs (a loan event without the loan's id).
 * The host should answer it with HTTP 400.
 */
public final class InvalidNotificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidNotificationException(String message) {
    super(message);
  }

  public InvalidNotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
