package dev.covenant.defacto;

import java.util.Optional;

/** The request conflicts with the state of the entity (HTTP 409), such as validating a loan twice. Not retried. */
public class DefactoConflictException extends DefactoException {
  public DefactoConflictException(String operation, Optional<String> defactoMessage) {
    super(operation, 409, defactoMessage);
  }
}
