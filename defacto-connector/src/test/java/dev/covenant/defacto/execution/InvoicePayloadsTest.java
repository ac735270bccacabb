package dev.covenant.defacto.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covenant.core.model.Invoice;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicePayloadsTest {
  @Test
  void sourceFilesGiveBackTheWholePayloadDocumentIncluded() throws IOException {
    Invoice invoice = ExecutionFixtures.fileInvoices().get(2);

    ObjectNode payload = InvoicePayloads.fromSourceFiles().payload(invoice);

    assertThat(payload.get("invoice_number").asText()).isEqualTo("CVT-0003");
    assertThat(payload.get("document").asText()).isEqualTo(ExecutionFixtures.DOCUMENT);
    assertThat(payload).isEqualTo(ExecutionFixtures.filePayload(2));
  }

  @Test
  void payloadsInMemoryAreFoundBySellerAndInvoiceNumber() throws IOException {
    ObjectNode first = ExecutionFixtures.payload("MEM-1", "900000011", 100_000);
    ObjectNode sameNumberOtherSeller = ExecutionFixtures.payload("MEM-1", "900000012", 200_000);
    List<Invoice> invoices = ExecutionFixtures.invoicesOf(List.of(first, sameNumberOtherSeller));

    InvoicePayloads payloads = InvoicePayloads.of(List.of(first, sameNumberOtherSeller));

    assertThat(payloads.payload(invoices.get(1))).isSameAs(sameNumberOtherSeller);
    assertThat(payloads.payload(invoices.get(0))).isSameAs(first);
  }

  @Test
  void aMissingPayloadIsAnIoErrorNamingTheInvoice() {
    Invoice invoice = ExecutionFixtures.invoicesOf(List.of(ExecutionFixtures.payload("MEM-9", "900000019", 1))).get(0);

    assertThatThrownBy(() -> InvoicePayloads.of(List.of()).payload(invoice))
        .isInstanceOf(IOException.class).hasMessageContaining("MEM-9");
  }

  @Test
  void twoPayloadsForOneInvoiceAreRefused() {
    ObjectNode payload = ExecutionFixtures.payload("MEM-1", "900000011", 100_000);

    assertThatThrownBy(() -> InvoicePayloads.of(List.of(payload, payload.deepCopy())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEM-1");
  }
}
