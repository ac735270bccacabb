package dev.covenant.samples.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.samples.emulator.internal.EmulatorServer;
import dev.covenant.samples.emulator.internal.EmulatorSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Defacto's sandbox, emulated in memory behind an HTTP server on 127.0.0.1: the endpoints the
 * connector uses, with Defacto's JSON shapes and behaviour (Bearer key, borrowers and their credit
 * lines, loans through their life cycle with payments and events, {@code salt_id}
 * deduplication, the sandbox's IBAN scenarios and generators), and injectable faults.
 *
 * <pre>{@code
 * try (DefactoEmulator sandbox = DefactoEmulator.builder().start()) {
 *   DefactoClient defacto = DefactoClient.builder().baseUrl(sandbox.baseUrl()).apiKey(() -> "any").build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Loans move on the emulator's clock: every request first takes every step that is due, so a
 * test on an {@link EmulatorClock} makes "a day later" happen by moving the clock. Thread-safe.
 */
public final class DefactoEmulator implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EmulatorServer server;

  private DefactoEmulator(EmulatorServer server) {
    this.server = server;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI baseUrl() {
    return server.baseUrl();
  }

  public int port() {
    return server.port();
  }

  /**
   * Registers borrowers and their credit lines from files in Defacto's shapes: a
   * {@code GET /borrowers} page and a {@code GET /credit_lines} page (as {@code samples/data} and
   * {@code covenant generate} write them), as they are (a borrower keeps the status of its file).
   * A borrower without a credit line in the file gets none. A seeded line keeps its pool, and what
   * its file says is already lent ({@code pool_amount - balance_available}) stays lent.
   *
   * @throws IOException if a file cannot be read or is not of that shape
   */
  public void seed(Path borrowersPage, Path creditLinesPage) throws IOException {
    JsonNode borrowers = read(borrowersPage);
    JsonNode lines = read(creditLinesPage);
    try {
      server.seed(borrowers, lines);
    } catch (IllegalArgumentException notThatShape) {
      throw new IOException("cannot seed the emulator: " + notThatShape.getMessage(), notThatShape);
    }
  }

  private static JsonNode read(Path page) throws IOException {
    JsonNode node = MAPPER.readTree(page.toFile());
    if (node == null || !node.path("data").isArray()) {
      throw new IOException(page + " is not a page of Defacto's list shape: no 'data' array");
    }
    return node;
  }

  /**
   * Every loan created so far, in creation order, as {@code GET /loan/{id}} would show it now; the
   * webhooks of the steps this moves them through are sent, as a request would.
   */
  public List<EmulatedLoan> loans() {
    return server.loans();
  }

  /** How many {@code POST /loans} calls reached the emulator (repeats and faulted calls included). */
  public int loanRequests() {
    return server.loanRequests();
  }

  /** Stops the server and closes its connections. */
  @Override
  public void close() {
    server.close();
  }

  /** Configures a {@link DefactoEmulator}. */
  public static final class Builder {
    private int port;
    private Optional<String> apiKey = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private Timeline timeline = Timeline.sandbox();
    private FaultPlan faults = FaultPlan.none();
    private long creditLinePool = 5_000_000;
    private Consumer<String> requestLog = line -> { };
    private Consumer<EmulatedLoan> onLoanCreated = loan -> { };

    private Builder() {}

    /** The port to listen on; 0 (the default) for an ephemeral one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** The only key accepted; without one any non-empty Bearer key is. */
    public Builder apiKey(String key) {
      Objects.requireNonNull(key, "key");
      if (key.isBlank()) {
        throw new IllegalArgumentException("the API key must not be blank");
      }
      this.apiKey = Optional.of(key.strip());
      return this;
    }

    /** The clock loans move on; the system clock by default. See {@link EmulatorClock}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long each step of a loan takes; {@link Timeline#sandbox()} by default. */
    public Builder timeline(Timeline timeline) {
      this.timeline = Objects.requireNonNull(timeline, "timeline");
      return this;
    }

    /** Faults to inject; none by default. */
    public Builder faults(FaultPlan faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** The pool, in cents, of the credit line a newly READY borrower gets; 5,000,000 (50,000.00 EUR) by default. */
    public Builder creditLinePool(long cents) {
      if (cents < 0) {
        throw new IllegalArgumentException("creditLinePool must not be negative, got " + cents);
      }
      this.creditLinePool = cents;
      return this;
    }

    /** Receives one line per call (method, path, status, duration, fault if any); nothing by default. */
    public Builder requestLog(Consumer<String> log) {
      this.requestLog = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * Called, on the server's thread, each time a new loan is created (not for a repeated salt_id),
     * before the call is answered.
     */
    public Builder onLoanCreated(Consumer<EmulatedLoan> listener) {
      this.onLoanCreated = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Starts listening. */
    public DefactoEmulator start() throws IOException {
      return new DefactoEmulator(EmulatorServer.start(new EmulatorSettings(port, apiKey, clock, timeline,
          faults.rules(), creditLinePool, requestLog, onLoanCreated)));
    }
  }
}
