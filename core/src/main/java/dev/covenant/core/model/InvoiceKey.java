package dev.covenant.core.model;

/** What identifies an invoice across runs: its seller's identifier and its number. */
public record InvoiceKey(String sellerIdentifier, String invoiceNumber) implements Comparable<InvoiceKey> {
  @Override
  public int compareTo(InvoiceKey other) {
    int byNumber = invoiceNumber.compareTo(other.invoiceNumber);
    return byNumber != 0 ? byNumber : sellerIdentifier.compareTo(other.sellerIdentifier);
  }

  @Override
  public String toString() {
    return sellerIdentifier.isEmpty() ? invoiceNumber : invoiceNumber + " (seller " + sellerIdentifier + ")";
  }
}
