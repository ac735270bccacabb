package dev.covenant.dsl;

/** Whose credit line finances an invoice: {@code borrower is invoice.seller} (the default) or {@code invoice.buyer}. */
public enum BorrowerParty {
  SELLER,
  BUYER
}
