package dev.covenant.core.model;

/**
 * Where an invoice was read from, so the original payload (with its PDF {@code document}, which
 * the engine never holds) can be read again when a loan is requested for it.
 *
 * @param source the file or stream name
 * @param index  the position of the invoice within that source, from 0
 */
public record InvoiceOrigin(String source, int index) {
  /** An invoice built in memory (tests, host applications), not read from a file. */
  public static final InvoiceOrigin IN_MEMORY = new InvoiceOrigin("(in memory)", 0);
}
