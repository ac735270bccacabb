package dev.covenant.defacto;

import java.util.Optional;

/** The loan, borrower or webhook asked for does not exist (HTTP 404). Not retried. */
public class DefactoNotFoundException extends DefactoException {
  public DefactoNotFoundException(String operation, Optional<String> defactoMessage) {
    super(operation, 404, defactoMessage);
  }
}
