package dev.covenant.core.json;

import dev.covenant.core.model.Address;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Party;
import java.io.IOException;
import java.util.Optional;

/** Reads an invoice's buyer and seller, their addresses, and the account it is paid to; null means none. */
final class PartyReader {
  private PartyReader() {}

  static Party party(String field, JsonCursor in) throws IOException {
    if (!in.objectOrNull(field)) {
      return Party.NONE;
    }
    PartyFields party = new PartyFields();
    in.fields(name -> {
      String path = field + "." + name;
      switch (name) {
        case "name" -> party.name = in.text(path);
        case "identifier" -> party.identifier = in.text(path);
        case "identifier_type" -> party.identifierType = in.text(path);
        case "vat_number" -> party.vatNumber = in.text(path);
        case "address" -> party.address = address(path, in);
        default -> in.skip();
      }
    });
    return new Party(party.name, party.identifier, party.identifierType, party.vatNumber, party.address);
  }

  static Address address(String field, JsonCursor in) throws IOException {
    if (!in.objectOrNull(field)) {
      return Address.NONE;
    }
    AddressFields address = new AddressFields();
    in.fields(name -> {
      String path = field + "." + name;
      switch (name) {
        case "country" -> address.country = in.text(path);
        case "city" -> address.city = in.text(path);
        case "postal_code" -> address.postalCode = in.text(path);
        default -> in.skip();
      }
    });
    return new Address(address.country, address.city, address.postalCode);
  }

  static BankAccount account(String field, JsonCursor in) throws IOException {
    if (!in.objectOrNull(field)) {
      return BankAccount.NONE;
    }
    AccountFields account = new AccountFields();
    in.fields(name -> {
      String path = field + "." + name;
      switch (name) {
        case "account_number" -> account.accountNumber = in.text(path);
        case "bank_identifier" -> account.bankIdentifier = in.text(path);
        default -> in.skip();
      }
    });
    return new BankAccount(account.accountNumber, account.bankIdentifier);
  }

  private static final class PartyFields {
    Optional<String> name = Optional.empty();
    Optional<String> identifier = Optional.empty();
    Optional<String> identifierType = Optional.empty();
    Optional<String> vatNumber = Optional.empty();
    Address address = Address.NONE;
  }

  private static final class AddressFields {
    Optional<String> country = Optional.empty();
    Optional<String> city = Optional.empty();
    Optional<String> postalCode = Optional.empty();
  }

  private static final class AccountFields {
    Optional<String> accountNumber = Optional.empty();
    Optional<String> bankIdentifier = Optional.empty();
  }
}
