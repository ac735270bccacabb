package dev.covenant.defacto;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * No answer came: the connection failed, was reset, or the read timed out. As for a
 * {@link DefactoServerException}, whether the request took effect is unknown.
 */
public class DefactoTransportException extends DefactoException {
  public DefactoTransportException(String operation, IOException cause) {
    super(operation, OptionalInt.empty(), Optional.empty(), describe(cause), cause);
  }

  private static String describe(IOException cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
  }
}
