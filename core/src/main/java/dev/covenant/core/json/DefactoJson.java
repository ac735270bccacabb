package dev.covenant.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceKey;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.LoanProposal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads Defacto's JSON into Covenant's model: invoices, borrowers, credit lines and loans.
 *
 * <pre>{@code
 * List<Invoice> invoices = DefactoJson.readInvoices(Path.of("invoices.json"));
 * List<CreditLine> lines = DefactoJson.readCreditLines(Path.of("credit_lines.json"));
 * // later, to request a loan for one of them, with its PDF:
 * ObjectNode payload = DefactoJson.originalPayload(invoices.get(0));
 * }</pre>
 *
 * <p>Each kind comes as Defacto gives it: one object, an array of objects, or a page of a list
 * endpoint ({@code {"data": [...], "next_page": ...}}). Invoices come as an
 * {@code invoice_creation_payload}, as the sandbox generator's
 * {@code {"pdf_download_url", "invoice_creation_payload"}}, or as items of {@code GET /invoices}.
 *
 * <p>Values are checked as they are read: amounts are whole, non-negative numbers of cents;
 * currencies are ISO 4217 codes ({@code EUR} when absent); dates are ISO-8601 date-times with an
 * offset, or plain dates taken as midnight UTC; a borrower needs its {@code identifier}, a credit
 * line its {@code default_borrower.identifier}, an invoice its {@code invoice_number}. Fields the
 * model does not use are skipped. Anything else is an {@link InputException} naming the file,
 * line and column. Invoice metadata keeps text as is and numbers and booleans as written in the
 * JSON; nulls, objects and arrays in it are left out.
 *
 * <p>An invoice's {@code document} (its PDF, base64, often megabytes) is skipped by the parser,
 * never decoded nor held: memory stays small however large the files. {@link
 * #originalPayload(Invoice)} reads it again, with the rest of the payload, when it must be sent.
 */
public final class DefactoJson {
  private static final String PAYLOAD_WRAPPER = "invoice_creation_payload";

  private DefactoJson() {}

  /** Opens a file of invoices to read them one at a time; the caller closes the stream. */
  public static InvoiceStream openInvoices(Path file) throws IOException {
    String source = file.toString();
    InputStream in = Files.newInputStream(file);
    try {
      JsonParser parser = Parsers.model(in);
      return new InvoiceStream(source, invoiceWalker(parser, source), () -> {
        try (in) {
          parser.close();
        }
      });
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads invoices one at a time from a stream; {@code sourceName} names it in errors and in the
   * invoices' origin. Closing the returned stream leaves {@code in} open.
   */
  public static InvoiceStream openInvoices(String sourceName, InputStream in) throws IOException {
    JsonParser parser = Parsers.model(in);
    return new InvoiceStream(sourceName, invoiceWalker(parser, sourceName), parser);
  }

  /** Reads every invoice of a file, in order. */
  public static List<Invoice> readInvoices(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(file.toString(), Parsers.model(in), DefactoJson::invoiceWalker);
    }
  }

  /** Reads every invoice of a stream, in order, leaving it open. */
  public static List<Invoice> readInvoices(String sourceName, InputStream in) throws IOException {
    return readAll(sourceName, Parsers.model(in), DefactoJson::invoiceWalker);
  }

  /** Reads every invoice of a JSON text, in order. */
  public static List<Invoice> readInvoices(String sourceName, String json) {
    return readText(sourceName, json, DefactoJson::invoiceWalker);
  }

  /**
   * The invoice's original payload as its file holds it, {@code document} included, for the
   * loan request that must send it. The file is read again, and must still hold the same invoice
   * (same number and seller) at the same position.
   *
   * @throws IllegalArgumentException if the invoice was built in memory rather than read from a file
   * @throws InputException if the file no longer holds that invoice there
   */
  public static ObjectNode originalPayload(Invoice invoice) throws IOException {
    InvoiceOrigin origin = invoice.origin();
    if (origin.equals(InvoiceOrigin.IN_MEMORY)) {
      throw new IllegalArgumentException("invoice " + invoice.key() + " was built in memory: it has no original payload");
    }
    if (origin.hasOffset()) {
      try (InvoiceFiles files = InvoiceFiles.open()) {
        return files.payload(invoice);
      }
    }
    ObjectNode payload = originalPayload(Path.of(origin.source()), origin.index());
    InvoiceKey found = new InvoiceKey(payload.path("seller").path("identifier").asText(""),
        payload.path("invoice_number").asText(""));
    if (!found.equals(invoice.key())) {
      throw InvoiceFiles.changed(origin, found, invoice.key());
    }
    return payload;
  }

  /**
   * The original payload of the invoice at {@code index} (from 0, as in {@link InvoiceOrigin}) in a
   * file: for a sandbox generator's wrapper, its {@code invoice_creation_payload}; for a page of
   * {@code GET /invoices}, the item. Only that invoice is held in memory.
   */
  public static ObjectNode originalPayload(Path file, int index) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return originalPayload(file.toString(), in, index);
    }
  }

  /** As {@link #originalPayload(Path, int)}, from a stream, leaving it open. */
  public static ObjectNode originalPayload(String sourceName, InputStream in, int index) throws IOException {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    ObjectNode skipped = Parsers.payloadMapper().createObjectNode();
    try (JsonParser parser = Parsers.payloads(in)) {
      RecordWalker<ObjectNode> walker = new RecordWalker<>(new JsonCursor(parser, sourceName), "invoice",
          Optional.of(PAYLOAD_WRAPPER),
          (i, offset) -> i == index ? new PayloadSink(Parsers.payloadMapper()) : RecordSink.skipping(skipped));
      for (int position = 0; ; position++) {
        Optional<ObjectNode> payload = walker.next();
        if (payload.isEmpty()) {
          throw InputException.at(sourceName, parser.currentLocation(),
              "no invoice at index " + index + ": the input holds " + position);
        }
        if (position == index) {
          return payload.get();
        }
      }
    }
  }

  /** Reads the borrowers of {@code GET /borrowers}: a page, an array or one borrower. */
  public static List<Borrower> readBorrowers(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readBorrowers(file.toString(), in);
    }
  }

  public static List<Borrower> readBorrowers(String sourceName, InputStream in) throws IOException {
    return readAll(sourceName, Parsers.model(in), borrowers());
  }

  public static List<Borrower> readBorrowers(String sourceName, String json) {
    return readText(sourceName, json, borrowers());
  }

  /** Reads the credit lines of {@code GET /credit_lines}: a page, an array or one credit line. */
  public static List<CreditLine> readCreditLines(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readCreditLines(file.toString(), in);
    }
  }

  public static List<CreditLine> readCreditLines(String sourceName, InputStream in) throws IOException {
    return readAll(sourceName, Parsers.model(in), creditLines());
  }

  public static List<CreditLine> readCreditLines(String sourceName, String json) {
    return readText(sourceName, json, creditLines());
  }

  /** Reads loans (LoanAPI) of {@code GET /loans} or {@code GET /loan/{id}}: a page, an array or one loan. */
  public static List<LoanProposal> readLoans(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readLoans(file.toString(), in);
    }
  }

  public static List<LoanProposal> readLoans(String sourceName, InputStream in) throws IOException {
    return readAll(sourceName, Parsers.model(in), loans());
  }

  public static List<LoanProposal> readLoans(String sourceName, String json) {
    return readText(sourceName, json, loans());
  }

  private interface WalkerFactory<T> {
    RecordWalker<T> walker(JsonParser parser, String source);
  }

  private static RecordWalker<Invoice> invoiceWalker(JsonParser parser, String source) {
    return new RecordWalker<>(new JsonCursor(parser, source), "invoice", Optional.of(PAYLOAD_WRAPPER),
        (index, offset) -> new InvoiceSink(new InvoiceOrigin(source, index, offset)));
  }

  private static WalkerFactory<Borrower> borrowers() {
    return plain("borrower", (index, offset) -> new BorrowerSink());
  }

  private static WalkerFactory<CreditLine> creditLines() {
    return plain("credit line", (index, offset) -> new CreditLineSink());
  }

  private static WalkerFactory<LoanProposal> loans() {
    return plain("loan", (index, offset) -> new LoanSink());
  }

  private static <T> WalkerFactory<T> plain(String what, RecordWalker.SinkFactory<T> sinks) {
    return (parser, source) -> new RecordWalker<>(new JsonCursor(parser, source), what, Optional.empty(), sinks);
  }

  private static <T> List<T> readAll(String source, JsonParser parser, WalkerFactory<T> factory) throws IOException {
    try (parser) {
      return factory.walker(parser, source).readAll();
    }
  }

  private static <T> List<T> readText(String source, String json, WalkerFactory<T> factory) {
    try {
      return readAll(source, Parsers.model(json), factory);
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading in-memory text failed", impossible);
    }
  }
}
