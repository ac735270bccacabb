package dev.covenant.defacto;

import java.util.Optional;

/**
 * Defacto gave up after its 30 seconds (HTTP 504), typically on {@code POST /loans} or
 * {@code POST /borrowers}. The request may still complete: repeating a loan request with the same
 * {@code salt_id} returns that loan rather than a second one.
 */
public class DefactoTimeoutException extends DefactoServerException {
  public DefactoTimeoutException(String operation, Optional<String> defactoMessage) {
    super(operation, 504, defactoMessage);
  }
}
