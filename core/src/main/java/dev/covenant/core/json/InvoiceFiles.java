package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import dev.covenant.core.model.InvoiceOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads invoices again from the files they were read from, straight from their byte offset
 * ({@link InvoiceOrigin#offset()}), without reading what comes before them: for a batch too large
 * to hold, and for the original payloads a loan request sends. Files stay open until closed. Not
 * thread-safe.
 *
 * <pre>{@code
 * try (InvoiceFiles files = InvoiceFiles.open()) {
 *   ObjectNode payload = files.payload(decision.invoice());   // document included
 * }
 * }</pre>
 *
 * <p>Each read checks that the file still holds the same invoice (seller and number) there, and
 * throws {@link InputException} when it changed since.
 */
public final class InvoiceFiles implements AutoCloseable {
  private static final String PAYLOAD_WRAPPER = "invoice_creation_payload";

  private final Map<String, FileChannel> open = new HashMap<>();

  private InvoiceFiles() {}

  public static InvoiceFiles open() {
    return new InvoiceFiles();
  }

  /** The invoice at {@code origin}, as it was read the first time. */
  public Invoice invoice(InvoiceOrigin origin) throws IOException {
    return readAt(origin, false, (index, offset) -> new InvoiceSink(origin));
  }

  /** The invoice's original payload, {@code document} included, checked to be the same invoice. */
  public ObjectNode payload(Invoice invoice) throws IOException {
    InvoiceOrigin origin = invoice.origin();
    ObjectNode payload = readAt(origin, true, (index, offset) -> new PayloadSink(Parsers.payloadMapper()));
    InvoiceKey found = new InvoiceKey(payload.path("seller").path("identifier").asText(""),
        payload.path("invoice_number").asText(""));
    if (!found.equals(invoice.key())) {
      throw changed(origin, found, invoice.key());
    }
    return payload;
  }

  private <T> T readAt(InvoiceOrigin origin, boolean whole, RecordWalker.SinkFactory<T> sinks) throws IOException {
    if (!origin.hasOffset()) {
      throw new IllegalArgumentException("invoice " + origin.index() + " of " + origin.source()
          + " was not read from a file: it cannot be read again");
    }
    InputStream in = streamAt(origin);
    try (JsonParser parser = whole ? Parsers.payloads(in) : Parsers.model(in)) {
      return new RecordWalker<>(new JsonCursor(parser, origin.source()), "invoice", Optional.of(PAYLOAD_WRAPPER), sinks)
          .recordAt(origin.index());
    } catch (InputException e) {
      throw new InputException(origin.source(), 0, 0, "the invoice at index " + origin.index()
          + " is no longer at byte " + origin.offset() + " (" + e.detail() + "): the file changed since it was read");
    }
  }

  static InputException changed(InvoiceOrigin origin, InvoiceKey found, InvoiceKey expected) {
    return new InputException(origin.source(), 0, 0, "the invoice at index " + origin.index() + " is now " + found
        + ", not " + expected + ": the file changed since it was read");
  }

  /** The file from the offset on; parsers leave it open (whoever opened a stream closes it). */
  private InputStream streamAt(InvoiceOrigin origin) throws IOException {
    FileChannel channel = open.get(origin.source());
    if (channel == null) {
      channel = FileChannel.open(Path.of(origin.source()), StandardOpenOption.READ);
      open.put(origin.source(), channel);
    }
    return Channels.newInputStream(channel.position(origin.offset()));
  }

  @Override
  public void close() throws IOException {
    IOException failed = null;
    for (FileChannel channel : open.values()) {
      try {
        channel.close();
      } catch (IOException e) {
        failed = e;
      }
    }
    open.clear();
    if (failed != null) {
      throw failed;
    }
  }
}
