package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceStreamingTest {
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  @Test
  void skipsATwentyMegabyteDocumentUndecodedYetReturnsItWholeAsTheOriginalPayload(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.json");
    String chunk = BASE64.repeat(1024);
    int chunks = 320;
    MessageDigest written = MessageDigest.getInstance("SHA-256");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("[{\"invoice_number\": \"SMALL-1\"},\n{\"invoice_number\": \"BIG-1\", \"total_amount\": 100, \"document\": \"");
      for (int i = 0; i < chunks; i++) {
        out.write(chunk);
        written.update(chunk.getBytes(StandardCharsets.US_ASCII));
      }
      out.write("\", \"to_pay_amount\": 90}]");
    }

    // The model reader refuses any text over Parsers.MODEL_MAX_TEXT it would decode (see the next
    // test): reading this document at all proves the parser skipped it without decoding.
    List<Invoice> invoices = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DefactoJson.readInvoices(file));

    assertThat(chunk.length() * chunks).isGreaterThan(20 * Parsers.MODEL_MAX_TEXT);
    Invoice big = invoices.get(1);
    assertThat(big.invoiceNumber()).isEqualTo("BIG-1");
    assertThat(big.toPayAmount()).hasValue(90);
    String document = DefactoJson.originalPayload(big).get("document").textValue();
    assertThat(document).hasSize(chunk.length() * chunks);
    assertThat(sha256(document)).isEqualTo(written.digest());
  }

  @Test
  void refusesAnyTextItWouldDecodeBeyondAMillionCharacters() {
    String json = "{\"invoice_number\": \"LONG-1\", \"metadata\": {\"note\": \"" + "x".repeat(Parsers.MODEL_MAX_TEXT + 1) + "\"}}";

    assertThatThrownBy(() -> DefactoJson.readInvoices("long.json", json))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("long\\.json:1:\\d+: string value length \\(\\d+\\) exceeds the maximum allowed \\(1000000\\)");
  }

  @Test
  void readsOneInvoiceAtATimeFromAnEndlessStream() {
    EndlessInvoices input = new EndlessInvoices();

    List<Invoice> first = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      List<Invoice> read = new ArrayList<>();
      try (InvoiceStream invoices = DefactoJson.openInvoices("endless", input)) {
        while (read.size() < 1000 && invoices.hasNext()) {
          read.add(invoices.next());
        }
      }
      return read;
    });

    assertThat(first).hasSize(1000);
    assertThat(first.get(999).invoiceNumber()).isEqualTo("E-999");
    assertThat(first.get(999).origin()).extracting(InvoiceOrigin::source, InvoiceOrigin::index).containsExactly("endless", 999);
    // No more than a read buffer ahead of the consumer.
    assertThat(input.generated).isLessThan(1100);
  }

  @Test
  void yieldsTheInvoicesBeforeATruncationThenFailsAndEnds() throws IOException {
    byte[] json = "[{\"invoice_number\": \"OK-1\"}, {\"invoice_number\": \"CUT".getBytes(StandardCharsets.UTF_8);

    try (InvoiceStream invoices = DefactoJson.openInvoices("cut.json", new ByteArrayInputStream(json))) {
      assertThat(invoices.hasNext()).isTrue();
      assertThat(invoices.hasNext()).isTrue();
      assertThat(invoices.next().invoiceNumber()).isEqualTo("OK-1");
      assertThatThrownBy(invoices::hasNext).isInstanceOf(InputException.class).hasMessageStartingWith("cut.json:1:");
      assertThat(invoices.hasNext()).isFalse();
      assertThatThrownBy(invoices::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void streamsAFileAndEndsAfterItsLastInvoice() throws IOException {
    Path file = Fixtures.path("invoices-page.json");

    try (InvoiceStream invoices = DefactoJson.openInvoices(file)) {
      assertThat(invoices.source()).isEqualTo(file.toString());
      assertThat(invoices.next().invoiceNumber()).isEqualTo("PAGE-1");
      assertThat(invoices.next().invoiceNumber()).isEqualTo("PAGE-2");
      assertThat(invoices.hasNext()).isFalse();
    }
  }

  @Test
  void endsOnceClosed() throws IOException {
    InvoiceStream invoices = DefactoJson.openInvoices(Fixtures.path("invoices-array.json"));
    invoices.close();

    assertThat(invoices.hasNext()).isFalse();
  }

  private static byte[] sha256(String text) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** A JSON array of invoices that never ends, each with a small document, made as it is read. */
  private static final class EndlessInvoices extends InputStream {
    private byte[] current = "[".getBytes(StandardCharsets.US_ASCII);
    private int position;
    long generated;

    @Override
    public int read() {
      if (position == current.length) {
        String invoice = "{\"invoice_number\": \"E-" + generated + "\", \"total_amount\": 100, \"document\": \""
            + BASE64.repeat(16) + "\"},\n";
        current = invoice.getBytes(StandardCharsets.US_ASCII);
        position = 0;
        generated++;
      }
      return current[position++];
    }
  }
}
