package dev.covenant.defacto;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to Defacto failed. Subclasses say why; this class itself covers the statuses that have
 * no subclass (another 4xx, a response that could not be read).
 *
 * <p>The message names the operation and the status, then Defacto's own message when its
 * error body has one: {@code POST /loans failed with HTTP 422: amount must be positive}. It never
 * holds the API key.
 */
public class DefactoException extends RuntimeException {
  private final String operation;
  private final OptionalInt status;
  private final Optional<String> defactoMessage;

  /**
   * @param operation      the call, such as {@code POST /loans} (a path template, ids not filled in)
   * @param status         the HTTP status, empty when no response came
   * @param defactoMessage the message of Defacto's error body, when it had one
   * @param detail         what went wrong, for the message when Defacto gave none
   */
  public DefactoException(String operation, OptionalInt status, Optional<String> defactoMessage, String detail,
      Throwable cause) {
    super(message(operation, status, defactoMessage, detail), cause);
    this.operation = Objects.requireNonNull(operation, "operation");
    this.status = Objects.requireNonNull(status, "status");
    this.defactoMessage = Objects.requireNonNull(defactoMessage, "defactoMessage");
  }

  public DefactoException(String operation, int status, Optional<String> defactoMessage) {
    this(operation, OptionalInt.of(status), defactoMessage, "", null);
  }

  private static String message(String operation, OptionalInt status, Optional<String> defactoMessage, String detail) {
    StringBuilder text = new StringBuilder(operation).append(" failed");
    status.ifPresent(code -> text.append(" with HTTP ").append(code));
    String reason = defactoMessage.filter(m -> !m.isBlank()).orElse(detail);
    if (!reason.isBlank()) {
      text.append(": ").append(reason);
    }
    return text.toString();
  }

  /** The call that failed, such as {@code POST /loans} or {@code GET /loan/{loan_id}}. */
  public String operation() {
    return operation;
  }

  /** The HTTP status of Defacto's answer; empty when none came (a transport fault). */
  public OptionalInt status() {
    return status;
  }

  /** The message of Defacto's JSON error body, as Defacto wrote it. */
  public Optional<String> defactoMessage() {
    return defactoMessage;
  }
}
