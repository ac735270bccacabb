package dev.covenant.defacto;

import java.util.Objects;

/**
 * One field Defacto refused in a request, as its error body names it.
 *
 * @param field   the field's path as Defacto wrote it, such as {@code loan_to.account_number}
 * @param message why it was refused
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
