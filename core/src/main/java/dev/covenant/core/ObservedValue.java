package dev.covenant.core;

import java.util.Optional;

/**
 * A value a condition saw: the expression as written in the policy, and its value, empty when the
 * input did not have it.
 */
public record ObservedValue(String expression, Optional<String> value) {
  @Override
  public String toString() {
    return expression + " = " + value.orElse("missing");
  }
}
