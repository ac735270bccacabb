package dev.covenant.core;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Address;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.Party;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes invoices held in memory as Defacto JSON files: payloads and generator wrappers, mixed. */
final class InvoiceFilesWriter {
  private static final JsonMapper JSON = new JsonMapper();

  private InvoiceFilesWriter() {}

  /** The invoices split over {@code fileCount} files in {@code dir}, in order; every third item wrapped. */
  static List<Path> write(List<Invoice> invoices, Path dir, int fileCount) throws IOException {
    List<Path> files = new ArrayList<>();
    int perFile = Math.max(1, (invoices.size() + fileCount - 1) / fileCount);
    for (int from = 0, file = 0; file < fileCount; from += perFile, file++) {
      ArrayNode array = JSON.createArrayNode();
      for (int i = from; i < Math.min(invoices.size(), from + perFile); i++) {
        ObjectNode payload = payload(invoices.get(i));
        if (i % 3 == 2) {
          ObjectNode wrapper = JSON.createObjectNode();
          wrapper.put("pdf_download_url", "https://example.invalid/" + i + ".pdf");
          wrapper.set("invoice_creation_payload", payload);
          array.add(wrapper);
        } else {
          array.add(payload);
        }
      }
      Path path = dir.resolve("invoices-" + file + ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), array);
      files.add(path);
    }
    return files;
  }

  private static ObjectNode payload(Invoice invoice) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("invoice_number", invoice.invoiceNumber());
    payload.put("currency", invoice.currency());
    invoice.issuedAt().ifPresent(t -> payload.put("issued_at", t.toString()));
    invoice.dueAt().ifPresent(t -> payload.put("due_at", t.toString()));
    invoice.netAmount().ifPresent(a -> payload.put("net_amount", a));
    invoice.taxAmount().ifPresent(a -> payload.put("tax_amount", a));
    invoice.totalAmount().ifPresent(a -> payload.put("total_amount", a));
    invoice.toPayAmount().ifPresent(a -> payload.put("to_pay_amount", a));
    payload.set("buyer", party(invoice.buyer()));
    payload.set("seller", party(invoice.seller()));
    payload.put("document", "JVBERi0xLjQK");
    return payload;
  }

  private static ObjectNode party(Party party) {
    ObjectNode node = JSON.createObjectNode();
    put(node, "name", party.name());
    put(node, "identifier", party.identifier());
    put(node, "identifier_type", party.identifierType());
    put(node, "vat_number", party.vatNumber());
    Address address = party.address();
    ObjectNode addressNode = node.putObject("address");
    put(addressNode, "country", address.country());
    put(addressNode, "city", address.city());
    put(addressNode, "postal_code", address.postalCode());
    return node;
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(v -> node.put(field, v));
  }
}
