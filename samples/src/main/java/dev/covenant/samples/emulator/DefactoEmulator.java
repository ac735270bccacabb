package dev.covenant.samples.emulator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 */
public final class DefactoEmulator implements AutoCloseable {
  // TODO(emulator): implemented by the emulator work.
  private DefactoEmulator() {}

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI baseUrl() {
    throw new UnsupportedOperationException("TODO");
  }

  public int port() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Registers READY borrowers and their credit lines from files in Defacto's shapes: a
   * {@code GET /borrowers} page and a {@code GET /credit_lines} page (as {@code samples/data} and
   * {@code covenant generate} write them). A borrower without a credit line in the file gets none.
   *
   * @throws IOException if a file cannot be read or is not of that shape
   */
  public void seed(Path borrowersPage, Path creditLinesPage) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Every loan created so far, in creation order, as {@code GET /loan/{id}} would show it now. */
  public List<EmulatedLoan> loans() {
    throw new UnsupportedOperationException("TODO");
  }

  /** How many {@code POST /loans} calls reached the emulator (repeats and faulted calls included). */
  public int loanRequests() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Stops the server and closes its connections. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Configures a {@link DefactoEmulator}. */
  public static final class Builder {
    private Builder() {}

    /** The port to listen on; 0 (the default) for an ephemeral one. */
    public Builder port(int port) {
      throw new UnsupportedOperationException("TODO");
    }

    /** The only key accepted; without one any non-empty Bearer key is. */
    public Builder apiKey(String key) {
      throw new UnsupportedOperationException("TODO");
    }

    /** The clock loans move on; the system clock by default. See {@link EmulatorClock}. */
    public Builder clock(Clock clock) {
      throw new UnsupportedOperationException("TODO");
    }

    /** How long each step of a loan takes; {@link Timeline#sandbox()} by default. */
    public Builder timeline(Timeline timeline) {
      throw new UnsupportedOperationException("TODO");
    }

    /** Faults to inject; none by default. */
    public Builder faults(FaultPlan faults) {
      throw new UnsupportedOperationException("TODO");
    }

    /** The pool, in cents, of the credit line a newly READY borrower gets; 5,000,000 (50,000.00 EUR) by default. */
    public Builder creditLinePool(long cents) {
      throw new UnsupportedOperationException("TODO");
    }

    /** Receives one line per call (method, path, status, duration, fault if any); nothing by default. */
    public Builder requestLog(Consumer<String> log) {
      throw new UnsupportedOperationException("TODO");
    }

    /** Called, on the server's thread, each time a new loan is created (not for a repeated salt_id). */
    public Builder onLoanCreated(Consumer<EmulatedLoan> listener) {
      throw new UnsupportedOperationException("TODO");
    }

    /** Starts listening. */
    public DefactoEmulator start() throws IOException {
      throw new UnsupportedOperationException("TODO");
    }
  }
}
