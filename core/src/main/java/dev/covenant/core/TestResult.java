package dev.covenant.core;

import java.util.Optional;

/**
 * The result of one {@code test} block of a policy.
 *
 * @param failure what differed from the expectation, with the explanation; empty when it passed
 */
public record TestResult(String name, int line, Optional<String> failure) {
  public boolean passed() {
    return failure.isEmpty();
  }
}
