package dev.covenant.defacto;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.covenant.defacto.TestClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.covenant.defacto.api.Loan;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A loan's {@code metadata} reads as text by key, whatever other clients stored in it. */
class LoanMetadataTest {
  @RegisterExtension
  static WireMockExtension defacto = TestClients.server();

  private DefactoClient client;

  @BeforeEach
  void client() {
    client = TestClients.client(defacto.baseUrl());
  }

  @AfterEach
  void close() {
    client.close();
  }

  private Loan loanWith(String metadataJson) {
    String body = "{\"id\": \"L1\", \"status\": \"TO_VALIDATE\", \"amount\": 100, \"currency\": \"EUR\""
        + (metadataJson == null ? "" : ", \"metadata\": " + metadataJson) + "}";
    defacto.stubFor(get("/loan/L1").willReturn(okJson(body)));
    return client.loan("L1");
  }

  @Test
  void theFixtureLoansMetadataIsRead() {
    defacto.stubFor(get("/loan/L1").willReturn(okJson(fixture("loan.json"))));

    Loan loan = client.loan("L1");

    assertThat(loan.metadata()).isEqualTo(Map.of("source", "covenant"));
    assertThat(loan.covenantSaltId()).isEmpty();
  }

  @Test
  void covenantsSaltIdIsReadFromTheMetadata() {
    Loan loan = loanWith("{\"covenant_salt_id\": \"cov1-0123456789abcdef0123456789abcdef\","
        + " \"covenant_policy\": \"marketplace@0123456789ab\"}");

    assertThat(loan.covenantSaltId()).contains("cov1-0123456789abcdef0123456789abcdef");
    assertThat(loan.metadata()).containsEntry(Loan.COVENANT_POLICY, "marketplace@0123456789ab");
  }

  @Test
  void nonTextualValuesReadAsTheirJsonText() {
    Loan loan = loanWith("{\"n\": 12, \"f\": 1.50, \"b\": true, \"z\": null, \"o\": {\"a\": [1, \"x\"]}, \"s\": \"text\"}");

    assertThat(loan.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "n", "12", "f", "1.50", "b", "true", "z", "null", "o", "{\"a\":[1,\"x\"]}", "s", "text"));
  }

  @Test
  void absentNullOrNotAnObjectIsNoMetadata() {
    assertThat(loanWith(null).metadata()).isEmpty();
    assertThat(loanWith("null").metadata()).isEmpty();
    assertThat(loanWith("\"free text\"").metadata()).isEmpty();
    assertThat(loanWith("[]").covenantSaltId()).isEmpty();
  }

  @Test
  void aBlankSaltIdIsNone() {
    assertThat(loanWith("{\"covenant_salt_id\": \" \"}").covenantSaltId()).isEmpty();
  }
}
