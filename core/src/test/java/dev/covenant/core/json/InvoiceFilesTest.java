package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.covenant.core.model.Invoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceFilesTest {
  @ParameterizedTest
  @ValueSource(strings = {"invoice-payload.json", "invoice-generated.json", "invoices-array.json", "invoices-page.json"})
  void readsEveryInvoiceAgainFromItsOffsetAsItWasReadFirst(String fixture) throws IOException {
    List<Invoice> invoices = DefactoJson.readInvoices(Fixtures.path(fixture));

    List<Invoice> again = new ArrayList<>();
    try (InvoiceFiles files = InvoiceFiles.open()) {
      // Backwards, so no read can lean on the one before it.
      for (int i = invoices.size() - 1; i >= 0; i--) {
        again.add(0, files.invoice(invoices.get(i).origin()));
      }
    }

    assertThat(again).isEqualTo(invoices);
  }

  @Test
  void readsThePayloadFromItsOffsetAsAWholeFileReadGivesIt() throws IOException {
    Path file = Fixtures.path("invoices-array.json");
    List<Invoice> invoices = DefactoJson.readInvoices(file);

    try (InvoiceFiles files = InvoiceFiles.open()) {
      for (Invoice invoice : invoices) {
        assertThat((JsonNode) files.payload(invoice))
            .isEqualTo(DefactoJson.originalPayload(file, invoice.origin().index()));
      }
    }
  }

  @Test
  void refusesAPayloadWhenTheFileNowHoldsAnotherInvoiceThere(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("invoices.json");
    Files.writeString(file, "[{\"invoice_number\": \"A-1\"}, {\"invoice_number\": \"A-2\"}]");
    Invoice second = DefactoJson.readInvoices(file).get(1);
    Files.writeString(file, "[{\"invoice_number\": \"A-1\"}, {\"invoice_number\": \"A-9\"}]");

    try (InvoiceFiles files = InvoiceFiles.open()) {
      assertThatThrownBy(() -> files.payload(second))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("is now A-9")
          .hasMessageEndingWith("the file changed since it was read");
    }
  }

  @Test
  void refusesAnInvoiceReadFromAText() {
    Invoice fromText = DefactoJson.readInvoices("text", "{\"invoice_number\": \"T-1\"}").get(0);

    try (InvoiceFiles files = InvoiceFiles.open()) {
      assertThatThrownBy(() -> files.invoice(fromText.origin()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be read again");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
