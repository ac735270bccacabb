package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceErrorsTest {
  private static InputException readingFails(String json) {
    return catchThrowableOfType(InputException.class, () -> DefactoJson.readInvoices("invoices.json", json));
  }

  @Test
  void rejectsANegativeAmountAtItsPosition() {
    String json = """
        {
          "invoice_number": "N-1",
          "to_pay_amount": -5
        }
        """;

    InputException error = readingFails(json);

    assertThat(error).hasMessage("invoices.json:3:20: to_pay_amount must not be negative, got -5");
    assertThat(error.source()).isEqualTo("invoices.json");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(20);
    assertThat(error.detail()).isEqualTo("to_pay_amount must not be negative, got -5");
  }

  @Test
  void rejectsTruncatedJson() {
    assertThat(readingFails("[{\"invoice_number\": \"T-1\", \"total_amount\": 10"))
        .hasMessageStartingWith("invoices.json:1:")
        .hasMessageEndingWith(": unexpected end of input: the JSON stops in the middle of a value (is the file truncated?)");
  }

  @Test
  void rejectsAFileCutInsideTheDocument() {
    assertThat(readingFails("{\"invoice_number\": \"T-2\", \"document\": \"JVBERi0xLjQK"))
        .hasMessageContaining("unexpected end of input");
  }

  @Test
  void rejectsANumberWhereAnObjectBelongs() {
    assertThat(readingFails("{\"invoice_number\": \"W-1\", \"buyer\": 42}"))
        .hasMessage("invoices.json:1:36: buyer must be an object, got 42");
  }

  @Test
  void rejectsTextWhereAnAmountBelongs() {
    assertThat(readingFails("{\"invoice_number\": \"W-2\", \"total_amount\": \"1200\"}"))
        .hasMessage("invoices.json:1:43: total_amount must be a whole number of cents, got \"1200\"");
  }

  @Test
  void rejectsAFractionOfACent() {
    assertThat(readingFails("{\"invoice_number\": \"W-3\", \"net_amount\": 12.5}"))
        .hasMessage("invoices.json:1:41: net_amount must be a whole number of cents, got 12.5");
  }

  @Test
  void rejectsAnAmountBeyondRange() {
    assertThat(readingFails("{\"invoice_number\": \"W-4\", \"tax_amount\": 99999999999999999999}"))
        .hasMessage("invoices.json:1:41: tax_amount is out of range, got 99999999999999999999");
  }

  @Test
  void rejectsAnUnknownCurrency() {
    assertThat(readingFails("{\"invoice_number\": \"W-5\", \"currency\": \"EURO\"}"))
        .hasMessage("invoices.json:1:39: unknown currency \"EURO\" (expected an ISO 4217 code such as EUR or GBP)");
  }

  @Test
  void rejectsAnInvoiceWithoutInvoiceNumberAtTheStartOfItsObject() {
    String json = """
        [
          {"invoice_number": "OK-1"},
          {"total_amount": 100}
        ]
        """;

    assertThat(readingFails(json)).hasMessage("invoices.json:3:3: invoice has no invoice_number");
  }

  @Test
  void rejectsAnEmptyOrNonTextInvoiceNumber() {
    assertThat(readingFails("{\"invoice_number\": \"\"}")).hasMessage("invoices.json:1:20: invoice_number must not be empty");
    assertThat(readingFails("{\"invoice_number\": 1017}")).hasMessage("invoices.json:1:20: invoice_number must be text, got 1017");
  }

  @Test
  void rejectsADateThatIsNotIso8601() {
    assertThat(readingFails("{\"invoice_number\": \"W-6\", \"due_at\": \"01/12/2026\"}"))
        .hasMessage("invoices.json:1:37: due_at must be an ISO-8601 date-time with an offset, such as"
            + " 2026-11-01T09:30:00+01:00, or a date, such as 2026-11-01; got \"01/12/2026\"");
  }

  @Test
  void namesTheNestedFieldInError() {
    assertThat(readingFails("{\"invoice_number\": \"W-7\", \"seller\": {\"address\": {\"country\": 250}}}"))
        .hasMessage("invoices.json:1:61: seller.address.country must be text, got 250");
  }

  @Test
  void rejectsAWrapperWhosePayloadIsNotAnObject() {
    assertThat(readingFails("{\"pdf_download_url\": \"u\", \"invoice_creation_payload\": null}"))
        .hasMessage("invoices.json:1:55: invoice_creation_payload must be an object, got null");
  }

  @Test
  void rejectsInputThatIsNoInvoiceShape() {
    assertThat(readingFails("42"))
        .hasMessage("invoices.json:1:1: expected an invoice object, an array or a page {\"data\": [...]}, got 42");
    assertThat(readingFails(""))
        .hasMessage("invoices.json:1:1: expected an invoice object, an array or a page {\"data\": [...]}, got the end of the input");
    assertThat(readingFails("[{\"invoice_number\": \"A-1\"}, \"A-2\"]"))
        .hasMessage("invoices.json:1:29: expected an invoice object, got \"A-2\"");
  }

  @Test
  void rejectsContentAfterTheJsonValue() {
    assertThat(readingFails("{\"invoice_number\": \"A-1\"}\n{\"invoice_number\": \"A-2\"}"))
        .hasMessage("invoices.json:2:1: unexpected content after the JSON value: an object");
  }

  @Test
  void rejectsAFieldGivenTwice() {
    assertThat(readingFails("{\"invoice_number\": \"A-1\", \"to_pay_amount\": 1, \"to_pay_amount\": 2}"))
        .hasMessage("invoices.json:1:62: duplicate field 'to_pay_amount'");
  }

  @Test
  void rejectsDeepNestingWithoutExhaustingTheStack() {
    String deep = "{\"invoice_number\": \"A-1\", \"extra\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    assertThat(readingFails(deep)).hasMessageMatching("invoices\\.json:1:\\d+: document nesting depth \\(1001\\) exceeds the maximum allowed \\(1000\\)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"invoice_number\": \"A-1\",}",
      "{\"invoice_number\" \"A-1\"}",
      "[{\"invoice_number\": \"A-1\"",
      "{\"invoice_number\": tru}",
      "{\"invoice_number\": \"A-1\", \"net_amount\": -}",
      "\"just text",
      "[1,]",
  })
  void reportsMalformedJsonWithALocationAndNoParserInternals(String json) {
    InputException error = readingFails(json);

    assertThat(error.getMessage())
        .matches("invoices\\.json:1:\\d+: [a-z].*")
        .doesNotContain("Source", "REDACTED", "jackson", "StreamReadFeature", "\n");
  }

  @Test
  void namesTheFileAsGivenWhenReadingAPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"invoice_number\": \"B-1\", \"total_amount\": -1}");

    assertThatThrownBy(() -> DefactoJson.readInvoices(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":1:43: total_amount must not be negative, got -1");
  }
}
