package dev.covenant.core.model;

/**
 * Where an invoice was read from, so the original payload (with its PDF {@code document}, which
 * the engine never holds) can be read again when a loan is requested for it.
 *
 * @param source the file or stream name
 * @param index  the position of the invoice within that source, from 0
 * @param offset the byte offset in the source where the invoice's JSON object starts (for a
 *               generator's wrapper, the wrapper's), so it can be read again without reading what
 *               comes before it; -1 when not known (read from a text, or built in memory)
 */
public record InvoiceOrigin(String source, int index, long offset) {
  /** An invoice built in memory (tests, host applications), not read from a file. */
  public static final InvoiceOrigin IN_MEMORY = new InvoiceOrigin("(in memory)", 0);

  /** An origin whose byte offset is not known. */
  public InvoiceOrigin(String source, int index) {
    this(source, index, -1);
  }

  /** Whether {@link #offset()} is known. */
  public boolean hasOffset() {
    return offset >= 0;
  }
}
