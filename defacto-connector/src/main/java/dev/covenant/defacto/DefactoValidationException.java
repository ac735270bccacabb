package dev.covenant.defacto;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Defacto refused the request as invalid (HTTP 400 or 422). Not retried: the same request would fail again. */
public class DefactoValidationException extends DefactoException {
  private final List<FieldError> fieldErrors;

  public DefactoValidationException(String operation, int status, Optional<String> defactoMessage,
      List<FieldError> fieldErrors) {
    super(operation, OptionalInt.of(status), defactoMessage, fieldSummary(fieldErrors), null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  private static String fieldSummary(List<FieldError> errors) {
    return errors.isEmpty() ? "the request was refused as invalid" : "invalid fields: " + errors;
  }

  /** The fields Defacto named, if its error body named any. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
