package dev.covenant.core;

import dev.covenant.core.model.Address;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.Party;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Concise model values for engine tests. */
public final class TestInvoices {
  private TestInvoices() {}

  public static Invoice invoice(String number, String seller, String buyer, long toPayCents, String issuedAt, String dueAt) {
    return invoice(number, seller, buyer, "FRA", "EUR", OptionalLong.of(toPayCents), issuedAt, dueAt);
  }

  public static Invoice invoice(String number, String seller, String buyer, String buyerCountry, String currency,
      OptionalLong toPayCents, String issuedAt, String dueAt) {
    Party sellerParty = new Party(Optional.of("Seller " + seller), Optional.ofNullable(seller), Optional.empty(),
        Optional.empty(), Address.NONE);
    Party buyerParty = new Party(Optional.of("Buyer " + buyer), Optional.ofNullable(buyer), Optional.empty(),
        Optional.empty(), new Address(Optional.ofNullable(buyerCountry), Optional.empty(), Optional.empty()));
    return new Invoice(number, currency, Optional.ofNullable(issuedAt).map(OffsetDateTime::parse),
        Optional.ofNullable(dueAt).map(OffsetDateTime::parse), OptionalLong.empty(), OptionalLong.empty(), toPayCents,
        toPayCents, buyerParty, sellerParty, BankAccount.NONE, Map.of(), InvoiceOrigin.IN_MEMORY);
  }

  public static Borrower borrower(String identifier, String status) {
    return new Borrower(Optional.empty(), identifier, Optional.of("siren"), Optional.of("Borrower " + identifier),
        Optional.of(status), Optional.empty(), Optional.empty());
  }

  public static CreditLine creditLine(String borrower, long poolCents, long availableCents) {
    return new CreditLine(Optional.empty(), borrower, "EUR", OptionalLong.of(poolCents), OptionalLong.of(availableCents), 0,
        0, Optional.empty());
  }
}
