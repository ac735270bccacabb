package dev.covenant.defacto.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.defacto.DefactoAuthenticationException;
import dev.covenant.defacto.DefactoConflictException;
import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.DefactoNotFoundException;
import dev.covenant.defacto.DefactoRateLimitException;
import dev.covenant.defacto.DefactoServerException;
import dev.covenant.defacto.DefactoTimeoutException;
import dev.covenant.defacto.DefactoValidationException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/** Turns an error response into the {@link DefactoException} for its status, with Defacto's message. */
final class DefactoErrorDecoder implements ErrorDecoder {
  // Error bodies are short; a proxy's HTML page or a runaway body is not worth more.
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final ObjectMapper mapper;
  private final Clock clock;

  DefactoErrorDecoder(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    String operation = Operation.ofMethodKey(methodKey).map(Operation::label).orElse(methodKey);
    ErrorBody body = ErrorBody.parse(readBody(response), mapper);
    Optional<String> message = body.message();
    int status = response.status();
    return switch (status) {
      case 400, 422 -> new DefactoValidationException(operation, status, message, body.fieldErrors());
      case 401, 403 -> new DefactoAuthenticationException(operation, status, message);
      case 404 -> new DefactoNotFoundException(operation, message);
      case 409 -> new DefactoConflictException(operation, message);
      case 429 -> new DefactoRateLimitException(operation, message, retryAfter(response));
      case 504 -> new DefactoTimeoutException(operation, message);
      default -> status >= 500
          ? new DefactoServerException(operation, status, message)
          : new DefactoException(operation, status, message);
    };
  }

  private Optional<Duration> retryAfter(Response response) {
    Collection<String> values = response.headers().get("Retry-After");
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    return RetryAfter.parse(values.iterator().next(), clock);
  }

  private static String readBody(Response response) {
    if (response.body() == null) {
      return "";
    }
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return "";
    }
  }
}
