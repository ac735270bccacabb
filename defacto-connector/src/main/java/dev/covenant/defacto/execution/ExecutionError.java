package dev.covenant.defacto.execution;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why executing one decision failed. Never holds the API key.
 *
 * @param operation  what was attempted, such as {@code POST /loans} or {@code read invoice payload}
 * @param httpStatus Defacto's HTTP status, when it answered
 * @param message    Defacto's message, or the local cause, in words
 */
public record ExecutionError(String operation, OptionalInt httpStatus, String message) {
  public ExecutionError {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(httpStatus, "httpStatus");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    String status = httpStatus.isPresent() ? " (HTTP " + httpStatus.getAsInt() + ")" : "";
    return operation + status + ": " + message;
  }
}
