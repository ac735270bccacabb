package dev.covenant.core.json;

import dev.covenant.core.model.Invoice;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Invoices read one at a time from a JSON file or stream, so that memory does not grow with the
 * input: for batches of any size. Not thread-safe; close it when done.
 *
 * <pre>{@code
 * try (InvoiceStream invoices = DefactoJson.openInvoices(Path.of("invoices.json"))) {
 *   while (invoices.hasNext()) {
 *     Invoice invoice = invoices.next();
 *     // decide it, log it...
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link InputException} for malformed input,
 * with the file, line and column, and {@link UncheckedIOException} when reading fails; the stream
 * then ends.
 */
public final class InvoiceStream implements Iterator<Invoice>, AutoCloseable {
  private final String source;
  private final RecordWalker<Invoice> walker;
  private final Closeable resources;
  private Optional<Invoice> ahead = Optional.empty();
  private boolean ended;

  InvoiceStream(String source, RecordWalker<Invoice> walker, Closeable resources) {
    this.source = source;
    this.walker = walker;
    this.resources = resources;
  }

  /** The name invoices are read from, as their {@link dev.covenant.core.model.InvoiceOrigin} gives it. */
  public String source() {
    return source;
  }

  @Override
  public boolean hasNext() {
    if (ahead.isEmpty() && !ended) {
      try {
        ahead = walker.next();
      } catch (IOException e) {
        ended = true;
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        ended = true;
        throw e;
      }
      ended = ahead.isEmpty();
    }
    return ahead.isPresent();
  }

  @Override
  public Invoice next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more invoices in " + source);
    }
    Invoice invoice = ahead.get();
    ahead = Optional.empty();
    return invoice;
  }

  /** Closes the parser, and the file when the stream opened it. */
  @Override
  public void close() {
    ended = true;
    ahead = Optional.empty();
    try {
      resources.close();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }
}
