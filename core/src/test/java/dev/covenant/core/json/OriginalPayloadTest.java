package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalPayloadTest {
  @Test
  void returnsABarePayloadWholeWithItsDocument() throws IOException {
    Invoice invoice = DefactoJson.readInvoices(Fixtures.path("invoice-payload.json")).get(0);

    ObjectNode payload = DefactoJson.originalPayload(invoice);

    assertThat((JsonNode) payload).isEqualTo(Fixtures.tree("invoice-payload.json"));
    assertThat(payload.get("document").textValue()).startsWith("JVBERi0x");
  }

  @Test
  void returnsTheGeneratorsInvoiceCreationPayloadWithoutItsWrapper() throws IOException {
    Invoice invoice = DefactoJson.readInvoices(Fixtures.path("invoice-generated.json")).get(0);

    assertThat((JsonNode) DefactoJson.originalPayload(invoice))
        .isEqualTo(Fixtures.tree("invoice-generated.json").get("invoice_creation_payload"));
  }

  @Test
  void findsEachInvoiceOfAnArrayByItsPosition() throws IOException {
    Path file = Fixtures.path("invoices-array.json");
    JsonNode whole = Fixtures.tree("invoices-array.json");

    assertThat((JsonNode) DefactoJson.originalPayload(file, 0)).isEqualTo(whole.get(0));
    assertThat((JsonNode) DefactoJson.originalPayload(file, 1)).isEqualTo(whole.get(1).get("invoice_creation_payload"));
    assertThat((JsonNode) DefactoJson.originalPayload(file, 2)).isEqualTo(whole.get(2));
  }

  @Test
  void findsTheItemsOfAPage() throws IOException {
    Path file = Fixtures.path("invoices-page.json");

    assertThat((JsonNode) DefactoJson.originalPayload(file, 1)).isEqualTo(Fixtures.tree("invoices-page.json").get("data").get(1));
  }

  @Test
  void keepsEveryNumberExactlyAsWritten() throws IOException {
    String json = "{\"invoice_number\": \"N-1\", \"metadata\": {\"rate\": 0.10, \"big\": 123456789012345678901234567890}}";

    ObjectNode payload = DefactoJson.originalPayload("n.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 0);

    assertThat(payload.get("metadata").get("rate").decimalValue()).isEqualTo(new BigDecimal("0.10"));
    assertThat(payload.get("metadata").get("big").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(payload.toString()).contains("\"rate\":0.10");
  }

  @Test
  void refusesAPayloadOfAFileThatNoLongerHoldsTheInvoice(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("invoices.json");
    Files.copy(Fixtures.path("invoices-array.json"), file);
    List<Invoice> invoices = DefactoJson.readInvoices(file);
    Files.writeString(file, "[{\"invoice_number\": \"ARR-9\"}, {\"invoice_number\": \"ARR-1\"}]");

    assertThatThrownBy(() -> DefactoJson.originalPayload(invoices.get(1)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ": the invoice at index 1 ")
        .hasMessageEndingWith(": the file changed since it was read");
  }

  @Test
  void reportsAnIndexPastTheLastInvoice(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("invoices.json");
    Files.copy(Fixtures.path("invoices-array.json"), file, StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(() -> DefactoJson.originalPayload(file, 3))
        .isInstanceOf(InputException.class)
        .hasMessageMatching(".*invoices\\.json:\\d+:\\d+: no invoice at index 3: the input holds 3");
  }

  @Test
  void refusesAnInvoiceBuiltInMemory() {
    Invoice invoice = DefactoJson.readInvoices("x.json", "{\"invoice_number\": \"M-1\"}").get(0);
    Invoice inMemory = new Invoice(invoice.invoiceNumber(), invoice.currency(), invoice.issuedAt(), invoice.dueAt(),
        invoice.netAmount(), invoice.taxAmount(), invoice.totalAmount(), invoice.toPayAmount(), invoice.buyer(),
        invoice.seller(), invoice.toAccount(), invoice.metadata(), InvoiceOrigin.IN_MEMORY);

    assertThatThrownBy(() -> DefactoJson.originalPayload(inMemory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invoice M-1 was built in memory: it has no original payload");
  }
}
