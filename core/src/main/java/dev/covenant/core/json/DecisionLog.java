package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.Decision;
import dev.covenant.core.ValidationDecision;
import dev.covenant.core.model.Invoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An append-only audit file of decisions, in JSON Lines: one JSON object per line, saying when,
 * under which policy text, for which input, what was decided and why. Opening never truncates;
 * each record is written whole in one append, so a reader never sees half of one. Thread-safe.
 *
 * <pre>{@code
 * try (DecisionLog log = DecisionLog.open(Path.of("decisions.jsonl"))) {
 *   for (Decision decision : batch.decisions()) {
 *     log.append(decision, policy);
 *   }
 * }
 * }</pre>
 *
 * <p>A finance decision's line:
 * <pre>{@code
 * {"logged_at":"2026-11-20T09:30:00Z","kind":"finance",
 *  "policy":{"name":"marketplace","version":"3","sha256":"9f2c..."},
 *  "input":{"source":"invoices.json","index":4,"invoice_number":"INV-0042","seller_identifier":"901234567"},
 *  "decision":{...as DecisionJson writes it, with the explanation...}}
 * }</pre>
 * A validation decision's line has {@code "kind":"validate"} and {@code "input":{"loan_id",
 * "status","borrower_identifier"}}. {@code version} and identifiers are null when absent.
 */
public final class DecisionLog implements AutoCloseable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Path file;
  private final Clock clock;
  private final FileChannel channel;

  private DecisionLog(Path file, Clock clock, FileChannel channel) {
    this.file = file;
    this.clock = clock;
    this.channel = channel;
  }

  /** Opens a log for appending, creating it if need be; records are timed by the system clock, in UTC. */
  public static DecisionLog open(Path file) throws IOException {
    return open(file, Clock.systemUTC());
  }

  /** Opens a log for appending, creating it if need be; {@code clock} times the records. */
  public static DecisionLog open(Path file, Clock clock) throws IOException {
    Objects.requireNonNull(clock, "clock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
    try {
      endLastLine(file, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return new DecisionLog(file, clock, channel);
  }

  /**
   * A process that died in the middle of a write can leave a last line without its end; the next
   * record must still start on a line of its own.
   */
  private static void endLastLine(Path file, FileChannel appending) throws IOException {
    long size = appending.size();
    if (size == 0) {
      return;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    // An appending channel cannot read: a second one looks at the last byte.
    try (FileChannel reading = FileChannel.open(file, StandardOpenOption.READ)) {
      reading.read(last, size - 1);
    }
    if (last.get(0) != '\n') {
      write(appending, new byte[] {'\n'});
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Appends a decision, with its explanation.
   *
   * @throws UncheckedIOException if writing fails
   * @throws IllegalStateException if the log is closed
   */
  public void append(Decision decision, CompiledPolicy policy) {
    Invoice invoice = decision.invoice();
    appendLine(record("finance", policy, out -> {
      out.writeStringField("source", invoice.origin().source());
      out.writeNumberField("index", invoice.origin().index());
      out.writeStringField("invoice_number", invoice.invoiceNumber());
      ExplanationJson.writeOptional(out, "seller_identifier", invoice.seller().identifier());
    }, out -> DecisionJson.write(out, decision, true)));
  }

  /** Appends a decision on a loan Defacto proposed, with its explanation. */
  public void append(ValidationDecision decision, CompiledPolicy policy) {
    appendLine(record("validate", policy, out -> {
      out.writeStringField("loan_id", decision.loan().id());
      out.writeStringField("status", decision.loan().status());
      ExplanationJson.writeOptional(out, "borrower_identifier", decision.loan().borrowerIdentifier());
    }, out -> DecisionJson.write(out, decision, true)));
  }

  private interface Part {
    void writeTo(JsonGenerator out) throws IOException;
  }

  /** The whole line, built before taking the lock: explaining can take a while, appending must not. */
  private byte[] record(String kind, CompiledPolicy policy, Part input, Part decision) {
    ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    try (JsonGenerator out = FACTORY.createGenerator(line)) {
      out.writeStartObject();
      out.writeStringField("logged_at", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
      out.writeStringField("kind", kind);
      out.writeObjectFieldStart("policy");
      out.writeStringField("name", policy.name());
      ExplanationJson.writeOptional(out, "version", policy.version());
      out.writeStringField("sha256", policy.sha256());
      out.writeEndObject();
      out.writeObjectFieldStart("input");
      input.writeTo(out);
      out.writeEndObject();
      out.writeFieldName("decision");
      decision.writeTo(out);
      out.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing to memory failed", impossible);
    }
    line.write('\n');
    return line.toByteArray();
  }

  private synchronized void appendLine(byte[] line) {
    if (!channel.isOpen()) {
      throw new IllegalStateException("decision log " + file + " is closed");
    }
    try {
      write(channel, line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to decision log " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Closes the file; appending afterwards is an error. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close decision log " + file + ": " + e.getMessage(), e);
    }
  }
}
