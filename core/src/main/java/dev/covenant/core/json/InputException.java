package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.Objects;

/**
 * Input that cannot be read: malformed or truncated JSON, a value of the wrong type, a negative
 * amount, an unknown currency, a required field missing. The message names the place and says
 * what is wrong, for a person to act on:
 *
 * <pre>{@code
 * try {
 *   List<Invoice> invoices = DefactoJson.readInvoices(Path.of("invoices.json"));
 * } catch (InputException e) {
 *   System.err.println(e.getMessage());
 *   // invoices.json:12:7: to_pay_amount must not be negative, got -5
 * }
 * }</pre>
 *
 * <p>Line and column are 1-based; they are 0 when the place is unknown, and the message then
 * reads {@code file: message}.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String detail;

  public InputException(String source, int line, int column, String detail) {
    this(source, line, column, detail, null);
  }

  InputException(String source, int line, int column, String detail, Throwable cause) {
    super(format(source, line, column, detail), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  static InputException at(String source, JsonLocation location, String detail) {
    return new InputException(source, location.getLineNr(), location.getColumnNr(), detail);
  }

  /**
   * Jackson's own messages name its internals ("start marker at [Source: REDACTED..."); this keeps
   * the location and says the rest in the user's terms.
   */
  static InputException fromJackson(String source, JsonProcessingException e, JsonLocation fallback) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
    return new InputException(source, at.getLineNr(), at.getColumnNr(), describe(e), e);
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "unexpected end of input: the JSON stops in the middle of a value (is the file truncated?)";
    }
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      message = message.replaceAll(",? from `[^`]*`", "");
    }
    message = message.replaceAll(" \\(start marker at .*\\)", "");
    return message.isEmpty() ? "malformed JSON" : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  private static String format(String source, int line, int column, String detail) {
    return line > 0 ? source + ":" + line + ":" + Math.max(column, 1) + ": " + detail : source + ": " + detail;
  }

  /** The file or stream name. */
  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String detail() {
    return detail;
  }
}
