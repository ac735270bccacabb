package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.covenant.core.model.Address;
import dev.covenant.core.model.BankAccount;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import dev.covenant.core.model.Party;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceShapesTest {
  @Test
  void readsABareCreationPayloadWithEveryFieldThePolicySees() throws IOException {
    Path file = Fixtures.path("invoice-payload.json");

    List<Invoice> invoices = DefactoJson.readInvoices(file);

    assertThat(invoices).hasSize(1);
    Invoice invoice = invoices.get(0);
    assertThat(invoice.invoiceNumber()).isEqualTo("ACME-2026-0117");
    assertThat(invoice.currency()).isEqualTo("EUR");
    assertThat(invoice.issuedAt()).contains(OffsetDateTime.parse("2026-10-02T08:15:00+02:00"));
    assertThat(invoice.dueAt()).contains(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
    assertThat(invoice.netAmount()).hasValue(250000);
    assertThat(invoice.taxAmount()).hasValue(50000);
    assertThat(invoice.totalAmount()).hasValue(300000);
    assertThat(invoice.toPayAmount()).hasValue(280000);
    assertThat(invoice.buyer()).isEqualTo(new Party(Optional.of("Boulangerie des Quais"), Optional.of("800100200"),
        Optional.of("siren"), Optional.of("FR00800100200"),
        new Address(Optional.of("FRA"), Optional.of("Lyon"), Optional.of("69002"))));
    assertThat(invoice.seller()).isEqualTo(new Party(Optional.of("Acme Fournitures"), Optional.of("900300400"),
        Optional.empty(), Optional.empty(), Address.NONE));
    assertThat(invoice.toAccount())
        .isEqualTo(new BankAccount(Optional.of("FR7600000000000000000000001"), Optional.of("TESTFRPP")));
    assertThat(invoice.origin()).isEqualTo(new InvoiceOrigin(file.toString(), 0, 0));
  }

  @Test
  void keepsMetadataScalarsAsTheirJsonTextAndLeavesOutNullsObjectsAndArrays() throws IOException {
    Invoice invoice = DefactoJson.readInvoices(Fixtures.path("invoice-payload.json")).get(0);

    assertThat(invoice.metadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("channel", "web", "priority", "2", "rush", "true", "ratio", "0.750"));
  }

  @Test
  void unwrapsTheSandboxGeneratorsPayload() throws IOException {
    Path file = Fixtures.path("invoice-generated.json");

    Invoice invoice = DefactoJson.readInvoices(file).get(0);

    assertThat(invoice.invoiceNumber()).isEqualTo("GEN-7731");
    assertThat(invoice.currency()).isEqualTo("GBP");
    assertThat(invoice.issuedAt()).contains(OffsetDateTime.parse("2026-09-14T16:02:11.204518Z"));
    assertThat(invoice.toPayAmount()).hasValue(60000);
    assertThat(invoice.seller().identifier()).contains("70445566");
    assertThat(invoice.metadata()).containsExactlyEntriesOf(Map.of("made_by", "a generator"));
    assertThat(invoice.origin()).isEqualTo(new InvoiceOrigin(file.toString(), 0, 0));
  }

  @Test
  void readsAnArrayMixingPayloadsAndWrappersNumberingThemFromZero() throws IOException {
    Path file = Fixtures.path("invoices-array.json");

    List<Invoice> invoices = DefactoJson.readInvoices(file);

    assertThat(invoices).extracting(Invoice::invoiceNumber).containsExactly("ARR-1", "ARR-2", "ARR-3");
    assertThat(invoices).extracting(Invoice::totalAmount).extracting(t -> t.getAsLong()).containsExactly(1000L, 2000L, 3000L);
    assertThat(invoices).extracting(i -> i.origin().source(), i -> i.origin().index())
        .containsExactly(tuple(file.toString(), 0), tuple(file.toString(), 1), tuple(file.toString(), 2));
  }

  @Test
  void readsAPageOfGetInvoicesWithItsAccountDetailsAndNullFields() throws IOException {
    Path file = Fixtures.path("invoices-page.json");

    List<Invoice> invoices = DefactoJson.readInvoices(file);

    assertThat(invoices).hasSize(2);
    Invoice full = invoices.get(0);
    assertThat(full.invoiceNumber()).isEqualTo("PAGE-1");
    assertThat(full.dueAt()).contains(OffsetDateTime.parse("2026-09-30T00:00:00Z"));
    assertThat(full.toAccount())
        .isEqualTo(new BankAccount(Optional.of("FR7600000000000000000000001"), Optional.of("TESTFRPP")));
    assertThat(full.buyer().identifier()).contains("800100200");
    assertThat(full.seller().identifierType()).contains("siren");
    Invoice sparse = invoices.get(1);
    assertThat(sparse.invoiceNumber()).isEqualTo("PAGE-2");
    assertThat(sparse.currency()).isEqualTo("EUR");
    assertThat(sparse.issuedAt()).isEmpty();
    assertThat(sparse.dueAt()).isEmpty();
    assertThat(sparse.netAmount()).hasValue(5000);
    assertThat(sparse.taxAmount()).isEmpty();
    assertThat(sparse.totalAmount()).isEmpty();
    assertThat(sparse.toPayAmount()).isEmpty();
    assertThat(sparse.buyer()).isEqualTo(Party.NONE);
    assertThat(sparse.seller()).isEqualTo(Party.NONE);
    assertThat(sparse.toAccount()).isEqualTo(BankAccount.NONE);
    assertThat(sparse.metadata()).isEmpty();
    assertThat(invoices).extracting(i -> i.origin().index()).containsExactly(0, 1);
  }

  @Test
  void findsThePageItemsWhereverDataSitsAmongThePageFields() {
    String dataLast = "{\"count\": 1, \"next_page\": \"abc\", \"data\": [{\"invoice_number\": \"L-1\"}]}";
    String dataFirst = "{\"data\": [{\"invoice_number\": \"F-1\"}], \"count\": 1, \"next_page\": {\"cursor\": [1]}}";

    assertThat(DefactoJson.readInvoices("last.json", dataLast)).extracting(Invoice::invoiceNumber).containsExactly("L-1");
    assertThat(DefactoJson.readInvoices("first.json", dataFirst)).extracting(Invoice::invoiceNumber).containsExactly("F-1");
  }

  @Test
  void readsEmptyArraysAndEmptyPagesAsNoInvoices() {
    assertThat(DefactoJson.readInvoices("empty.json", "[]")).isEmpty();
    assertThat(DefactoJson.readInvoices("empty.json", "{\"count\": 0, \"data\": [], \"total\": 0}")).isEmpty();
  }

  @Test
  void defaultsTheCurrencyToEuroWhenItIsNull() {
    Invoice invoice = DefactoJson.readInvoices("x.json", "{\"invoice_number\": \"C-1\", \"currency\": null}").get(0);

    assertThat(invoice.currency()).isEqualTo("EUR");
  }

  @Test
  void readsAPlainDateAsMidnightUtcAndKeepsTheOffsetOfADateTime() {
    String json = "{\"invoice_number\": \"D-1\", \"issued_at\": \"2026-11-01\", \"due_at\": \"2026-12-01T23:30:00-05:00\"}";

    Invoice invoice = DefactoJson.readInvoices("dates.json", json).get(0);

    assertThat(invoice.issuedAt()).contains(OffsetDateTime.parse("2026-11-01T00:00:00Z"));
    assertThat(invoice.dueAt()).contains(OffsetDateTime.parse("2026-12-01T23:30:00-05:00"));
  }

  @Test
  void ignoresUnknownFieldsWhateverTheirShape() {
    String json = "{\"later_field\": {\"deep\": [1, {\"x\": null}]}, \"invoice_number\": \"U-1\", \"flag\": true,"
        + " \"buyer\": {\"identifier\": \"111\", \"rating\": [\"A\"]}, \"address\": {\"city\": \"Nantes\"}}";

    Invoice invoice = DefactoJson.readInvoices("unknown.json", json).get(0);

    assertThat(invoice.invoiceNumber()).isEqualTo("U-1");
    assertThat(invoice.buyer().identifier()).contains("111");
  }

  @Test
  void namesInvoicesReadFromAStreamAfterTheGivenSource() throws IOException {
    byte[] json = "[{\"invoice_number\": \"S-1\"}, {\"invoice_number\": \"S-2\"}]".getBytes(StandardCharsets.UTF_8);

    List<Invoice> invoices = DefactoJson.readInvoices("upload-7", new ByteArrayInputStream(json));

    // Offsets count bytes from the stream's start: 1 is where the first object begins.
    assertThat(invoices).extracting(Invoice::origin)
        .containsExactly(new InvoiceOrigin("upload-7", 0, 1), new InvoiceOrigin("upload-7", 1, 28));
  }

  @Test
  void keysAnInvoiceBySellerAndNumber() {
    Invoice invoice = DefactoJson.readInvoices("k.json", "{\"invoice_number\": \"K-1\", \"seller\": {\"identifier\": \"42\"}}").get(0);

    assertThat(invoice.key().sellerIdentifier()).isEqualTo("42");
    assertThat(invoice.key().invoiceNumber()).isEqualTo("K-1");
  }
}
