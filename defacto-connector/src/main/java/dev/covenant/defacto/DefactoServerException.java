package dev.covenant.defacto;

import java.util.Optional;

/**
 * Defacto failed (HTTP 5xx), and went on failing after every retry allowed. Whether the request
 * took effect is unknown: read the entity again before doing anything that moves money.
 */
public class DefactoServerException extends DefactoException {
  public DefactoServerException(String operation, int status, Optional<String> defactoMessage) {
    super(operation, status, defactoMessage);
  }
}
