package dev.covenant.defacto.internal.execution;

/** A finance decision or its invoice payload lacks what a loan request needs; nothing was sent. */
public final class UnusableDecisionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnusableDecisionException(String message) {
    super(message);
  }
}
