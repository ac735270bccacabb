package dev.covenant.defacto.internal.http;

import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.DefactoTransportException;
import feign.FeignException;
import feign.RetryableException;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Turns what Feign throws into {@link DefactoException}s. Feign's exceptions hold the request,
 * headers included, so they are never kept as causes: only their own cause is.
 */
final class FeignFailures {
  private FeignFailures() {}

  static <T> T translate(Operation operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (RetryableException transport) {
      IOException cause = transport.getCause() instanceof IOException io ? io : new IOException(transport.getMessage());
      throw new DefactoTransportException(operation.label(), cause);
    } catch (FeignException unreadable) {
      OptionalInt status = unreadable.status() > 0 ? OptionalInt.of(unreadable.status()) : OptionalInt.empty();
      Throwable cause = unreadable.getCause() instanceof FeignException ? null : unreadable.getCause();
      String reason = cause == null ? unreadable.getClass().getSimpleName() : firstLine(cause.getMessage());
      throw new DefactoException(operation.label(), status, Optional.empty(),
          "the answer could not be read (" + reason + ")", cause);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
  }
}
