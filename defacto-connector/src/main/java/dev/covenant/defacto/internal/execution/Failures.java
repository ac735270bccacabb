package dev.covenant.defacto.internal.execution;

import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.execution.ExecutionError;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Turns what went wrong into a report's error, without ever carrying a credential. */
public final class Failures {
  // The client never puts the key in a message; this guards against a cause that might.
  private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[^\\s\"',;]+");

  private Failures() {}

  public static ExecutionError of(DefactoException e) {
    String message = e.defactoMessage().filter(m -> !m.isBlank()).orElse(e.getMessage());
    return new ExecutionError(e.operation(), e.status(), redact(message));
  }

  /** A failure outside Defacto's answers (an unreadable payload, an unexpected exception) during {@code operation}. */
  public static ExecutionError of(String operation, Exception e) {
    String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    return new ExecutionError(operation, OptionalInt.empty(), redact(message));
  }

  static String redact(String message) {
    return BEARER.matcher(message).replaceAll("Bearer [redacted]");
  }
}
