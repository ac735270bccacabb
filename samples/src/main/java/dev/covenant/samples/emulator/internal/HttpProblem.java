package dev.covenant.samples.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A request the emulator answers with an error status and a JSON body, thrown from a route. */
final class HttpProblem extends RuntimeException {
  private final int status;
  private final ObjectNode body;

  HttpProblem(int status, ObjectNode body) {
    super(body.path("message").asText("HTTP " + status), null, false, false);
    this.status = status;
    this.body = body;
  }

  static HttpProblem of(int status, String message) {
    return new HttpProblem(status, Json.message(message));
  }

  static HttpProblem notFound(String what) {
    return of(404, what + " not found");
  }

  static HttpProblem badRequest(String message) {
    return of(400, message);
  }

  int status() {
    return status;
  }

  ObjectNode body() {
    return body;
  }

  Optional<String> message() {
    return Optional.ofNullable(getMessage());
  }
}
