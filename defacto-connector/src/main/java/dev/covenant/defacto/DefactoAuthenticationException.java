package dev.covenant.defacto;

import java.util.Optional;

/**
 * Defacto refused the API key (HTTP 401) or its rights (HTTP 403). A sandbox key used in
 * production, or the reverse, ends here. Not retried.
 */
public class DefactoAuthenticationException extends DefactoException {
  public DefactoAuthenticationException(String operation, int status, Optional<String> defactoMessage) {
    super(operation, status, defactoMessage);
  }
}
