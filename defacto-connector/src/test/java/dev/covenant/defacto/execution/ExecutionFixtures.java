package dev.covenant.defacto.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.model.Borrower;
import dev.covenant.core.model.CreditLine;
import dev.covenant.core.model.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A real policy, real invoices and real core decisions for the executor's tests. */
final class ExecutionFixtures {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
  /** "%PDF-1.4 / % covenant test / %%EOF", base64: a tiny stand-in for an invoice's PDF. */
  static final String DOCUMENT = "JVBERi0xLjQKJSBjb3ZlbmFudCB0ZXN0CiUlRU9GCg==";

  private ExecutionFixtures() {}

  static CompiledPolicy policy() {
    try {
      LoadResult result = PolicyLoader.create().load(resource("test.policy"));
      if (result.hasErrors()) {
        throw new AssertionError(result.compilation().render());
      }
      return result.policy().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The four invoices of {@code invoices.json}: finance 80%, skip (too small), review (watched), finance 100% auto. */
  static List<Invoice> fileInvoices() {
    try {
      return DefactoJson.readInvoices(resource("invoices.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode filePayload(int index) {
    try {
      return DefactoJson.originalPayload(resource("invoices.json"), index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(ExecutionFixtures.class.getResource("/execution/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every seller READY with a large credit line, today fixed. */
  static DecisionInputs inputs(List<Invoice> invoices) {
    List<Borrower> borrowers = new ArrayList<>();
    List<CreditLine> lines = new ArrayList<>();
    for (Invoice invoice : invoices) {
      String seller = invoice.seller().identifier().orElseThrow();
      borrowers.add(new Borrower(Optional.empty(), seller, Optional.of("siren"), Optional.of("Seller " + seller),
          Optional.of("READY"), Optional.empty(), Optional.empty()));
      lines.add(new CreditLine(Optional.empty(), seller, "EUR", OptionalLong.of(100_000_000),
          OptionalLong.of(100_000_000), 0, 0, Optional.empty()));
    }
    return DecisionInputs.of(borrowers, lines).withToday(TODAY);
  }

  static DecisionBatch decide(List<Invoice> invoices) {
    return policy().decideAll(invoices, inputs(invoices));
  }

  /** An invoice payload as Defacto's generator would give it; {@code metadata} as pairs. */
  static ObjectNode payload(String number, String seller, long toPayCents, String... metadata) {
    ObjectNode invoice = JSON.createObjectNode();
    invoice.put("invoice_number", number);
    invoice.put("issued_at", "2026-10-20T09:00:00+02:00");
    invoice.put("due_at", "2026-12-15T00:00:00+01:00");
    invoice.put("currency", "EUR");
    invoice.set("buyer", party("Buyer", "811000111"));
    invoice.set("seller", party("Seller", seller));
    ObjectNode account = invoice.putObject("to_account");
    account.put("account_number", "FR76300000000000000" + seller.substring(seller.length() - 8));
    account.put("account_number_type", "iban");
    account.put("bank_identifier", "TESTFRPPXXX");
    account.put("bank_identifier_type", "bic");
    invoice.put("total_amount", toPayCents);
    invoice.put("to_pay_amount", toPayCents);
    ObjectNode meta = invoice.putObject("metadata");
    for (int i = 0; i + 1 < metadata.length; i += 2) {
      meta.put(metadata[i], metadata[i + 1]);
    }
    invoice.put("document", DOCUMENT);
    return invoice;
  }

  private static ObjectNode party(String role, String identifier) {
    ObjectNode party = JSON.createObjectNode();
    party.put("name", role + " " + identifier);
    party.put("identifier", identifier);
    party.put("identifier_type", "siren");
    party.putObject("address").put("country", "FRA");
    return party;
  }

  /** Parses JSON text, unchecked for use in lambdas. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads payloads built in memory as core would read them from a file. */
  static List<Invoice> invoicesOf(List<ObjectNode> payloads) {
    ArrayNode array = JSON.createArrayNode();
    payloads.forEach(array::add);
    return DefactoJson.readInvoices("in-memory.json", array.toString());
  }
}
